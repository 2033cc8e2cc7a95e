import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The whole-app tests wait for a lazily loaded route and the sign-in check: on a busy 2-core
// machine that takes more than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => cleanup());
