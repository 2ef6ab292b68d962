import { useEffect, useRef } from 'react';

/** An empty element at the end of a list: `onVisible` runs when it scrolls near the viewport. */
export function Sentinel({ onVisible }: { onVisible: () => void }) {
  const element = useRef<HTMLDivElement>(null);
  const latest = useRef(onVisible);
  latest.current = onVisible;
  useEffect(() => {
    // The margin starts the next page a little before the reader reaches the end.
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && latest.current(), {
      rootMargin: '200px',
    });
    observer.observe(element.current!);
    return () => observer.disconnect();
  }, []);
  return <div ref={element} className="sentinel" aria-hidden="true" />;
}
