// Every 404 under a locale is rendered by a layout that knows the route's
// params (components/layout/NotFoundPage). This boundary only catches the
// pages' notFound() in the browser, where that layout already shows the page.
export default function LocaleNotFound() {
  return null;
}
