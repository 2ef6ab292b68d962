import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The clients this project ships keep their persisted documents where their own tools put them,
// found from this module: src/http/ (under tsx) and dist/http/ (compiled) are both two levels
// below the repository root, so the gateway's build never reads from src/.

/** A codegen manifest (`{ "sha256:<hash>": "<operation text>" }`), or none when it is absent. */
function documentsAt(relative: string): Map<string, string> {
  const path = fileURLToPath(new URL(relative, import.meta.url));
  return existsSync(path) ? new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>)) : new Map();
}

/**
 * The web app's operations by hash: its build carries codegen's manifest beside the files the
 * gateway serves, so the app sends hashes, not texts. None when the app is not built.
 */
export const webAppDocuments = () => documentsAt('../../examples/web/dist/persisted-documents.json');

/** The example client's operations by hash: codegen writes them beside its generated documents. */
export const exampleClientDocuments = () => documentsAt('../../examples/client/generated/persisted-documents.json');

/** The default allow-list: the documents of every client this project ships. */
export const shippedClientDocuments = () => new Map([...exampleClientDocuments(), ...webAppDocuments()]);
