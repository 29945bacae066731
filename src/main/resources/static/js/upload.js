// Resumable chunked upload for every [data-upload-field] (fragment storage/upload :: field). The upload id of a
// file is remembered in localStorage, so after a broken connection or a page reload the same file, chosen again,
// goes on from the bytes the server already holds. On success the id goes into the hidden input for the form. A
// field the server shows again after a refused save may come with a finished upload's id already in it: it stays
// submitted until the person chooses another file or removes it.
(function () {
  if (window.renrentongUpload) {
    return;
  }
  window.renrentongUpload = true;

  var MAX_RETRIES = 8;

  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d)}/g, function (m, i) { return args[i] !== undefined ? args[i] : m; });
  }

  function human(bytes) {
    var units = ['B', 'KB', 'MB', 'GB'];
    var i = 0;
    while (bytes >= 1024 && i < units.length - 1) {
      bytes /= 1024;
      i++;
    }
    return (i === 0 ? bytes : bytes.toFixed(1)) + ' ' + units[i];
  }

  function headers(extra) {
    var h = extra || {};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      h[header.content] = token.content;
    }
    return h;
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  // A refusal the user must read (4xx other than a lost offset): carries the server's problem detail.
  function Refused(detail, status) {
    this.detail = detail;
    this.status = status;
  }

  function problem(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      throw new Refused(body.detail || response.statusText, response.status);
    });
  }

  function Field(root) {
    this.root = root;
    this.api = root.dataset.api;
    this.file = root.querySelector('[data-upload-file]');
    this.hidden = root.querySelector('[data-upload-id]');
    this.bar = root.querySelector('[data-upload-progress]');
    this.status = root.querySelector('[data-upload-status]');
    this.cancelButton = root.querySelector('[data-upload-cancel]');
    this.removeButton = root.querySelector('[data-upload-remove]');
    this.run = 0;
    var self = this;
    this.file.addEventListener('change', function () {
      if (self.file.files.length) {
        self.start(self.file.files[0]);
      }
    });
    this.cancelButton.addEventListener('click', function () { self.cancel(); });
    this.removeButton.addEventListener('click', function () { self.remove(); });
    if (!this.hidden.value) {
      this.hintUnfinished();
    }
  }

  Field.prototype.storageKey = function (file) {
    return 'renrentong.upload:' + this.root.dataset.name + ':' + file.name + ':' + file.size + ':' + file.lastModified;
  };

  Field.prototype.hintUnfinished = function () {
    var prefix = 'renrentong.upload:' + this.root.dataset.name + ':';
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf(prefix) === 0) {
        var name = key.substring(prefix.length).split(':').slice(0, -2).join(':');
        this.say(format(this.root.dataset.msgReselect, name));
        return;
      }
    }
  };

  Field.prototype.say = function (text, failed) {
    this.status.textContent = text;
    this.status.classList.toggle('text-danger', !!failed);
  };

  Field.prototype.progress = function (received, size) {
    var percent = size ? Math.floor(received * 100 / size) : 0;
    this.bar.classList.remove('d-none');
    this.bar.setAttribute('aria-valuenow', percent);
    this.bar.firstElementChild.style.width = percent + '%';
    this.say(format(this.root.dataset.msgProgress, human(received), human(size), percent));
  };

  Field.prototype.start = function (file) {
    var self = this;
    var run = ++this.run;
    this.hidden.value = '';
    this.file.classList.remove('is-invalid');
    this.removeButton.classList.add('d-none');
    this.cancelButton.classList.remove('d-none');
    this.resumeOrBegin(file).then(function (upload) {
      return self.send(file, upload, run);
    }).then(function (upload) {
      if (run !== self.run) {
        return;
      }
      self.hidden.value = upload.id;
      // finished: nothing is left to resume (a refused form keeps the upload itself)
      localStorage.removeItem(self.storageKey(file));
      self.bar.firstElementChild.classList.add('bg-success');
      self.cancelButton.classList.add('d-none');
      self.removeButton.classList.remove('d-none');
      self.say(format(self.root.dataset.msgDone, upload.name));
      self.root.dispatchEvent(new CustomEvent('upload:done', {bubbles: true, detail: upload}));
    }).catch(function (e) {
      if (run !== self.run) {
        return;
      }
      if (e instanceof Refused) {
        localStorage.removeItem(self.storageKey(file));
      }
      self.cancelButton.classList.add('d-none');
      self.bar.firstElementChild.classList.add('bg-danger');
      self.say(format(self.root.dataset.msgFailed, e.detail || e.message), true);
    });
  };

  // The remembered upload of this very file if the server still has it, else a new one.
  Field.prototype.resumeOrBegin = function (file) {
    var self = this;
    var known = localStorage.getItem(this.storageKey(file));
    var resumed = known ? this.request('GET', this.api + '/' + encodeURIComponent(known)).then(function (upload) {
      if (upload.size !== file.size || upload.state === 'CHECKING') {
        return null;
      }
      self.say(self.root.dataset.msgResuming);
      return upload;
    }).catch(function () { return null; }) : Promise.resolve(null);
    return resumed.then(function (upload) {
      if (upload) {
        return upload;
      }
      return self.request('POST', self.api, JSON.stringify({name: file.name, size: file.size}),
          {'Content-Type': 'application/json'}).then(function (created) {
        localStorage.setItem(self.storageKey(file), created.id);
        return created;
      });
    });
  };

  Field.prototype.send = function (file, upload, run) {
    var self = this;
    this.bar.firstElementChild.classList.remove('bg-success', 'bg-danger');
    this.progress(upload.received, upload.size);
    if (upload.state === 'COMPLETED') {
      return Promise.resolve(upload);
    }
    if (upload.received >= upload.size) {
      return this.finish(upload);
    }
    var offset = upload.received;
    var body = file.slice(offset, Math.min(file.size, offset + upload.chunkSize));
    return this.retrying(function () {
      return self.request('PATCH', self.api + '/' + upload.id + '?offset=' + offset, body,
          {'Content-Type': 'application/octet-stream'});
    }, upload).then(function (next) {
      if (run !== self.run) {
        throw new Error('cancelled');
      }
      return self.send(file, next, run);
    });
  };

  Field.prototype.finish = function (upload) {
    var self = this;
    this.say(this.root.dataset.msgChecking);
    return this.retrying(function () {
      return self.request('POST', self.api + '/' + upload.id + '/finish');
    }, upload).then(function (now) {
      // another tab may be checking the same upload: wait for it
      return now.state === 'COMPLETED' ? now : sleep(1000).then(function () { return self.finish(now); });
    });
  };

  // Runs the step; after a network failure or a lost offset (409), asks the server where it stands and, when
  // the bytes were not taken, tries again with growing pauses.
  Field.prototype.retrying = function (step, upload) {
    var self = this;
    var attempt = 0;
    function once() {
      return step().catch(function (e) {
        if (e instanceof Refused && e.status !== 409 && e.status < 500) {
          throw e;
        }
        if (++attempt > MAX_RETRIES) {
          throw e;
        }
        self.say(navigator.onLine === false ? self.root.dataset.msgOffline : self.root.dataset.msgRetrying);
        return sleep(Math.min(30000, 500 * Math.pow(2, attempt))).then(function () {
          return self.request('GET', self.api + '/' + upload.id);
        }).then(function (now) {
          if (now.received !== upload.received || now.state !== upload.state) {
            return now;
          }
          return once();
        }, once);
      });
    }
    return once();
  };

  Field.prototype.request = function (method, url, body, extra) {
    return fetch(url, {method: method, body: body, headers: headers(extra), credentials: 'same-origin'})
        .then(function (response) {
          return response.ok ? response.json() : problem(response);
        });
  };

  Field.prototype.cancel = function () {
    var file = this.file.files[0];
    this.run++;
    if (file) {
      var id = localStorage.getItem(this.storageKey(file));
      localStorage.removeItem(this.storageKey(file));
      if (id) {
        fetch(this.api + '/' + encodeURIComponent(id), {method: 'DELETE', headers: headers(),
          credentials: 'same-origin'});
      }
    }
    this.clear();
  };

  // Takes the finished upload out of the form and gives it up on the server.
  Field.prototype.remove = function () {
    var id = this.hidden.value;
    this.run++;
    if (id) {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key.indexOf('renrentong.upload:') === 0 && localStorage.getItem(key) === id) {
          localStorage.removeItem(key);
        }
      }
      fetch(this.api + '/' + encodeURIComponent(id), {method: 'DELETE', headers: headers(),
        credentials: 'same-origin'});
    }
    this.clear();
  };

  Field.prototype.clear = function () {
    this.file.value = '';
    this.file.classList.remove('is-invalid');
    this.hidden.value = '';
    this.bar.classList.add('d-none');
    this.bar.setAttribute('aria-valuenow', 0);
    this.bar.firstElementChild.classList.remove('bg-success', 'bg-danger');
    this.bar.firstElementChild.style.width = '0%';
    this.cancelButton.classList.add('d-none');
    this.removeButton.classList.add('d-none');
    this.say('');
  };

  function init(scope) {
    (scope || document).querySelectorAll('[data-upload-field]').forEach(function (root) {
      if (!root.dataset.uploadReady) {
        root.dataset.uploadReady = 'true';
        new Field(root);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(); });
  } else {
    init();
  }
  document.addEventListener('htmx:load', function (event) { init(event.target); });
}());
