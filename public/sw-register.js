// Registers the service worker that keeps pages for offline reading (README, "Installable
// app and offline use"). A file of the site's own, so the CSP needs no exception for it.
if ('serviceWorker' in navigator) {
  addEventListener('load', function () {
    navigator.serviceWorker.register('/serwist/sw.js', { scope: '/' }).catch(function () {});
  });
}
