// Space home page: after a post was published by htmx, clear the form and the "nothing yet" hints;
// refuse more images than allowed before uploading them.
(function () {
  var form = document.getElementById('post-form');
  if (!form) {
    return;
  }
  var error = document.getElementById('post-error');
  var images = document.getElementById('post-images');
  var max = parseInt(form.dataset.maxImages || '4', 10);

  document.body.addEventListener('post-created', function () {
    form.reset();
    error.textContent = '';
    document.querySelectorAll('.feed-empty').forEach(function (hint) { hint.remove(); });
  });

  form.addEventListener('htmx:beforeRequest', function (event) {
    if (images && images.files.length > max) {
      event.preventDefault();
      error.textContent = images.closest('div').querySelector('label').textContent;
    }
  });
})();
