// "Copy link" on story pages (components/story/ShareLinks.tsx). The button is
// in the server HTML, invisible and out of the tab order, because it needs
// the Clipboard API; this file shows it where that exists. A plain script
// rather than a client component: it needs no React and no hydration.
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
