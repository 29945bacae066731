// Homework pages, plain JS: photos are shrunk in the browser before they are uploaded (longest side 1,600 px, JPEG),
// to spare slow rural links; a teacher draws on a photo on a canvas and saves the drawing as a new image.
(function () {
  function shrink(file, longest) {
    return new Promise(function (resolve) {
      if (!file.type || file.type.indexOf('image/') !== 0 || file.type === 'image/gif') {
        resolve(file);
        return;
      }
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () {
        var scale = Math.min(1, longest / Math.max(img.naturalWidth, img.naturalHeight));
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (blob) {
          resolve(blob ? new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', {type: 'image/jpeg'}) : file);
        }, 'image/jpeg', 0.85);
      };
      img.onerror = function () {
        URL.revokeObjectURL(url);
        resolve(file);
      };
      img.src = url;
    });
  }

  // the page the server answers with: the homework again (with a message), or where a redirect led
  function follow(response) {
    if (response.redirected) {
      window.location.href = response.url;
      return;
    }
    response.text().then(function (html) {
      document.open();
      document.write(html);
      document.close();
    });
  }

  var form = document.getElementById('submit-form');
  if (form) {
    var longest = parseInt(form.dataset.longestSide || '1600', 10);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var photos = Array.prototype.slice.call(document.getElementById('submit-photos').files);
      data.delete('photos');
      document.getElementById('submit-button').disabled = true;
      document.getElementById('submit-progress').classList.remove('d-none');
      Promise.all(photos.map(function (f) { return shrink(f, longest); })).then(function (shrunk) {
        shrunk.forEach(function (f) { data.append('photos', f, f.name); });
        return fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'});
      }).then(follow);
    });
  }

  document.querySelectorAll('.annotate-form').forEach(function (annotate) {
    var canvas = annotate.querySelector('.annotate-canvas');
    var ctx = canvas.getContext('2d');
    var drawing = false;
    annotate.querySelector('.annotate-start').addEventListener('click', function () {
      var img = new Image();
      img.onload = function () {
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        ctx.drawImage(img, 0, 0);
        ctx.strokeStyle = '#d00';
        ctx.lineWidth = Math.max(3, Math.round(canvas.width / 300));
        ctx.lineCap = 'round';
        annotate.querySelector('.annotate-area').classList.remove('d-none');
      };
      img.src = annotate.dataset.photo;
    });
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return {x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height};
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true;
      var p = point(e);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) {
        return;
      }
      var p = point(e);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
    });
    ['pointerup', 'pointerleave'].forEach(function (type) {
      canvas.addEventListener(type, function () { drawing = false; });
    });
    annotate.addEventListener('submit', function (event) {
      event.preventDefault();
      canvas.toBlob(function (blob) {
        var data = new FormData(annotate);
        data.append('drawing', blob, 'annotation.png');
        fetch(annotate.action, {method: 'POST', body: data, credentials: 'same-origin'}).then(follow);
      }, 'image/png');
    });
  });
})();
