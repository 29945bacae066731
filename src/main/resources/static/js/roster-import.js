// The import form: refuses a file over the size limit before it is sent, and shows that a large upload is on its way.
(function () {
  var form = document.getElementById('import-form');
  if (!form) {
    return;
  }
  var file = document.getElementById('file');
  var maxBytes = Number(form.dataset.maxBytes);
  file.addEventListener('change', function () {
    var tooLarge = file.files.length > 0 && file.files[0].size > maxBytes;
    file.setCustomValidity(tooLarge ? form.dataset.tooLarge : '');
    file.reportValidity();
  });
  form.addEventListener('submit', function () {
    var button = document.getElementById('import-submit');
    button.disabled = true;
    document.getElementById('import-spinner').classList.remove('d-none');
  });
})();
