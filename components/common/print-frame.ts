/**
 * Prints a finished HTML document (lib/export/print: escaped values, no script) from a hidden
 * frame of the current page, so the browser's print dialog opens at once — no extra tab to
 * print from. The frame is sandboxed without scripts; it stays (invisible) until the next print,
 * and is marked `data-printed` once the dialog was asked for.
 */
export function printInFrame(html: string, doc: Document = document): HTMLIFrameElement {
  doc.querySelector('iframe[data-pandu-print]')?.remove();
  const frame = doc.createElement('iframe');
  frame.dataset.panduPrint = '';
  frame.title = 'print';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Same origin (the parent calls print()), modals allowed (the print dialog), no scripts.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      if (!win) return;
      win.focus();
      win.print();
      frame.dataset.printed = 'true';
    },
    { once: true },
  );
  frame.srcdoc = html;
  doc.body.append(frame);
  return frame;
}
