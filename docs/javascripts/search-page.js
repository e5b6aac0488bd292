// The search page of a site searched with Pagefind (extra.search: pagefind in
// mkdocs.yml): Pagefind's own interface, fetching only the index pieces a
// query needs. `search.html?q=words` searches at once.
window.addEventListener("DOMContentLoaded", function () {
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false, autofocus: true });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
