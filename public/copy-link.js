// Shows and wires "copy link" where the Clipboard API exists (components/story/ShareLinks.tsx).
(() => {
  const enhance = () => {
    if (!navigator.clipboard) return;
    for (const button of document.querySelectorAll('button[data-copy-link]')) {
      button.classList.remove('invisible');
      button.removeAttribute('aria-hidden');
      button.removeAttribute('tabindex');
      button.addEventListener('click', () => {
        navigator.clipboard.writeText(button.dataset.copyLink).then(
          () => {
            button.firstElementChild.textContent = button.dataset.copied;
          },
          (e) => console.error(e),
        );
      });
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
  else enhance();
})();
