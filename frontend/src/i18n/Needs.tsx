import { use, type ReactNode } from 'react';
import type { LazyNamespace } from './catalogue';
import { useLocale } from './intl';

/** Already there: a settled promise React reads without suspending (it looks at `status`). */
const LOADED = Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });

/** Renders its page once the page's lazily loaded messages are in (it suspends until then). */
export function Needs({ namespace, children }: { namespace: LazyNamespace; children: ReactNode }) {
  use(useLocale().need(namespace) ?? LOADED);
  return children;
}
