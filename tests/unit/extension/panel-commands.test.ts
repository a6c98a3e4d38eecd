import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForPanelCommands } from '../../../lib/extension/panel-commands';
import { OPEN_CHANNEL, TOGGLE_CHANNEL } from '../../../lib/extension/boot-messages';

beforeEach(() => fakeBrowser.reset());

describe('the panel hears the background’s show/hide/open commands', () => {
  it('an "open" or "toggle" that arrives before the panel listens is replayed to it (the focus then still moves in)', async () => {
    const commands = listenForPanelCommands();
    await fakeBrowser.runtime.onMessage.trigger({ channel: OPEN_CHANNEL }, {});
    await fakeBrowser.runtime.onMessage.trigger({ channel: TOGGLE_CHANNEL }, {});
    expect(commands.openRequested()).toBe(true);
    const heard: string[] = [];
    commands.onToggleRequest((k) => heard.push(k));
    expect(heard).toEqual(['open', 'toggle']);
    // Later commands go straight to the listener; nothing is replayed twice.
    await fakeBrowser.runtime.onMessage.trigger({ channel: TOGGLE_CHANNEL }, {});
    const again: string[] = [];
    commands.onToggleRequest((k) => again.push(k));
    expect(heard).toEqual(['open', 'toggle', 'toggle']);
    expect(again).toEqual([]);
    commands.stop();
  });

  it('ignores other messages', async () => {
    const commands = listenForPanelCommands();
    const heard: string[] = [];
    commands.onToggleRequest((k) => heard.push(k));
    await fakeBrowser.runtime.onMessage.trigger({ channel: 'pandu' }, {});
    await fakeBrowser.runtime.onMessage.trigger('pandu-toggle-panel', {});
    expect(heard).toEqual([]);
    expect(commands.openRequested()).toBe(false);
    commands.stop();
  });
});
