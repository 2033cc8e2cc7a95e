import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

/**
 * The page's one h1. It names the browser tab and, after a navigation inside the app, takes the
 * keyboard focus so that screen reader users hear where they arrived (not on the first load).
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    if (text) document.title = `${text} · Provincial Attachment System`;
    if (!firstPage) ref.current?.focus();
    firstPage = false;
  }, [text]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
