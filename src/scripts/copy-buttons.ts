/** Shows each copy button (`CopyButton.astro`) and copies its target's text when pressed, saying so in its status. */
export function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const status = button.nextElementSibling!;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copyTarget!)?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text.trim());
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Copying failed: select the text and copy it';
      }
    });
  }
}
