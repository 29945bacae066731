// Posts the LTI launch to the tool at once; the button stays for a browser without scripts.
(function () {
  var form = document.getElementById('lti-post');
  if (form && form.dataset.autosubmit === 'true') {
    form.submit();
  }
})();
