// PDF files of a resource page, drawn with pdf.js one page at a time (previous / next).
(function () {
  'use strict';

  function show(view) {
    var lib = window.pdfjsLib;
    if (!lib) { return; }
    lib.GlobalWorkerOptions.workerSrc = view.dataset.worker;
    var canvas = view.querySelector('.pdf-canvas');
    var label = view.querySelector('.pdf-page');
    var state = { doc: null, page: 1, busy: false };

    function draw() {
      if (!state.doc || state.busy) { return; }
      state.busy = true;
      state.doc.getPage(state.page).then(function (page) {
        var width = canvas.parentElement.clientWidth || 600;
        var base = page.getViewport({ scale: 1 });
        var viewport = page.getViewport({ scale: width / base.width * (window.devicePixelRatio || 1) });
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        return page.render({ canvasContext: canvas.getContext('2d'), viewport: viewport }).promise;
      }).then(function () {
        label.textContent = state.page + ' / ' + state.doc.numPages;
        view.dataset.rendered = String(state.page);
      }).finally(function () { state.busy = false; });
    }

    view.querySelector('.pdf-prev').addEventListener('click', function () {
      if (state.page > 1) { state.page--; draw(); }
    });
    view.querySelector('.pdf-next').addEventListener('click', function () {
      if (state.doc && state.page < state.doc.numPages) { state.page++; draw(); }
    });
    lib.getDocument({ url: view.dataset.src, isEvalSupported: false, cMapUrl: view.dataset.cmaps, cMapPacked: true }).promise.then(function (doc) {
      state.doc = doc;
      draw();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.pdf-view[data-src]').forEach(show);
  });
})();
