import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageListener } from '../lib/messaging/server';
import { registerLpseContentScripts } from '../lib/extension/lpse-hosts';

export default defineBackground(() => {
  const listener = createMessageListener({
    ping: () => ({ pong: true as const, version: browser.runtime.getManifest().version, at: new Date().toISOString() }),
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
      return { opened: true };
    },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (message && typeof message === 'object' && (message as { channel?: string }).channel === 'pandu-hosts-changed') {
      void registerLpseContentScripts();
      return undefined;
    }
    return listener(message, sender);
  });

  browser.runtime.onInstalled.addListener(() => void registerLpseContentScripts());
  browser.runtime.onStartup.addListener(() => void registerLpseContentScripts());

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { channel: 'pandu-toggle-panel' }).catch(() => undefined);
  });
});
