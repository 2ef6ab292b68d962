import { describe, expect, it } from 'vitest';
import { ERROR_WORDS } from '../../examples/web/src/error-words.js';
import { ERROR_CODES } from '../../src/error-codes.js';

describe("the web app's words for errors", () => {
  it('has a sentence for every code the gateway answers with, and none for codes it does not', () => {
    expect(Object.keys(ERROR_WORDS).sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('never repeats a developer message: no code names, arguments or headers', () => {
    for (const [code, words] of Object.entries(ERROR_WORDS)) {
      expect(words, code).toMatch(/^[A-Z].*\.$/);
      expect(words, code).not.toMatch(/[A-Z]{3,}_|extensions|Authorization|Bearer|"id"/);
    }
  });
});
