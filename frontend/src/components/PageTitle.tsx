import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

let firstPage = true;

/**
 * The page's one h1. It names the browser tab and, after a navigation inside the app, takes the
 * keyboard focus so that screen reader users hear where they arrived (not on the first load).
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : undefined);
  const tab = text ? t('common.app.tabTitle', { page: text }) : undefined;
  useEffect(() => {
    if (tab) document.title = tab;
    if (!firstPage) ref.current?.focus();
    firstPage = false;
  }, [tab]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
