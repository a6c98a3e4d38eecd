import { afterEach, beforeEach } from 'vitest';
import { acceptUntrustedEventsForTests } from '../components/panel/trusted';

// jsdom cannot make a trusted event: component tests accept synthetic ones, except the trust
// tests (tests/components/panel/trusted.test.tsx), which switch this off.
beforeEach(() => acceptUntrustedEventsForTests(true));

// Component tests (jsdom): unmount what each test rendered.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
