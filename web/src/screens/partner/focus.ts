import { useEffect, useRef } from 'react';

/**
 * The page's heading takes the focus when the page opens (it needs tabIndex -1): after a change of page keyboard and
 * screen-reader users start at the new content instead of the top of the document or a link that is gone.
 */
export function useHeadingFocus() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}
