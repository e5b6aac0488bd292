// The search page of a site searched with Pagefind (extra.search: pagefind in
// mkdocs.yml): Pagefind's own interface, fetching only the index pieces a
// query needs. `search.html?q=words` searches at once. `noWorker`: the search
// runs in the page instead of a web worker, which would fetch a script of its
// own (12 KB gzipped) on every first search; a query takes milliseconds either way.
window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false,
                            autofocus: true, noWorker: true });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
