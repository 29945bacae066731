// Space home page: after a post was published by htmx, clear the form and the "nothing yet" hints;
// refuse more images than allowed before uploading them; show a class notice's questions only for notices.
(function () {
  var form = document.getElementById('post-form');
  if (!form) {
    return;
  }
  var error = document.getElementById('post-error');
  var images = document.getElementById('post-images');
  var max = parseInt(form.dataset.maxImages || '4', 10);
  var kind = document.getElementById('post-kind');
  var details = document.getElementById('notice-details');

  // a class notice's audience and questions belong to notices only: hidden (and not sent) for a post
  function showDetails() {
    if (kind && details) {
      details.hidden = details.disabled = kind.value !== 'NOTICE';
    }
  }
  if (kind) {
    kind.addEventListener('change', showDetails);
  }
  showDetails();

  document.body.addEventListener('post-created', function () {
    form.reset();
    showDetails();
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
