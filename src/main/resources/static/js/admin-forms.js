// Small helpers for the administration forms; every form also works without them.
(function () {
  'use strict';

  // Forms that cannot be undone ask first: <form data-confirm="...">.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Choosing a kind of school ticks its usual stages: <select data-stages-for="stages"> with <option data-stages="A,B">.
  document.addEventListener('change', function (event) {
    var select = event.target;
    var group = select.getAttribute && select.getAttribute('data-stages-for');
    if (!group) {
      return;
    }
    var option = select.options[select.selectedIndex];
    var stages = (option && option.getAttribute('data-stages') || '').split(',');
    document.querySelectorAll('input[type=checkbox][name="' + group + '"]').forEach(function (box) {
      box.checked = stages.indexOf(box.value) >= 0;
    });
  });

  // A field shown only for some roles: <select data-toggles="id">, <div id="id" data-shown-for="A B">.
  function toggle(select) {
    var target = document.getElementById(select.getAttribute('data-toggles'));
    if (target) {
      var shownFor = (target.getAttribute('data-shown-for') || '').split(' ');
      target.hidden = shownFor.indexOf(select.value) < 0;
    }
  }
  document.addEventListener('change', function (event) {
    if (event.target.getAttribute && event.target.getAttribute('data-toggles')) {
      toggle(event.target);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-toggles]').forEach(toggle);
  });
})();
