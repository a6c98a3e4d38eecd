import { afterEach } from 'vitest';

// Component tests (jsdom): unmount what each test rendered.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
