import { useEffect } from 'react';

/** Names the screen in the tab and the history list: "BTS · Artist". */
export function useTitle(...parts: (string | null | undefined)[]): void {
  const title = parts.filter(Boolean).join(' · ') || 'Spotify catalog';
  useEffect(() => {
    document.title = title;
  }, [title]);
}
