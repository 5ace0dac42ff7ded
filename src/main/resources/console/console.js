/*
 * The console page: draws the workspace the server pushes over server-sent events, and turns what the person does
 * into console actions, which the server signs and sends into the app as Slack would. The page keeps no truth of
 * its own beyond which conversation and thread are open.
 */
(function () {
  'use strict';

  var state = {
    identity: null,
    channels: [],
    messages: {},       // channel/ts -> message
    commands: [],       // slash commands typed here, shown as a faint line, as Slack shows nothing for them
    views: [],
    home: null,
    current: null,      // channel id, or 'home'
    thread: null,       // { channel, ts }
    lastTouched: null,  // { channel, ts, at } the message last clicked, so its first reply opens the thread
    api: []
  };

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function key(channel, ts) { return channel + '/' + ts; }

  function names() {
    var map = {};
    if (state.identity) {
      map[state.identity.user_id] = state.identity.user_name;
      map[state.identity.bot_user_id] = state.identity.bot_name;
    }
    return map;
  }

  function post(path, body) {
    return fetch('/console/api/' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) { return response.json(); })
      .catch(function () { return { ok: false, error: 'The console server did not answer.' }; });
  }

  function showError(where, answer) {
    var box = $(where);
    if (answer && !answer.ok) {
      box.textContent = answer.error || 'Something went wrong.';
      box.hidden = false;
    } else {
      box.hidden = true;
      box.textContent = '';
    }
  }

  // ---- drawing ------------------------------------------------------------------------------------------------

  function channelById(id) {
    return state.channels.filter(function (c) { return c.id === id; })[0];
  }

  function drawSidebar() {
    var channels = $('channel-list');
    var dms = $('dm-list');
    channels.textContent = '';
    dms.textContent = '';
    state.channels.forEach(function (c) {
      var li = el('li');
      var b = el('button', 'nav-item' + (state.current === c.id ? ' active' : ''));
      b.type = 'button';
      b.dataset.channel = c.id;
      b.appendChild(el('span', 'nav-glyph', c.type === 'im' ? '●' : '#'));
      b.appendChild(document.createTextNode(c.name));
      b.addEventListener('click', function () { openChannel(c.id); });
      li.appendChild(b);
      (c.type === 'im' ? dms : channels).appendChild(li);
    });
    $('home-link').classList.toggle('active', state.current === 'home');
  }

  function timeOf(ts) {
    var date = new Date(parseFloat(ts) * 1000);
    return date.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  }

  function repliesTo(channel, ts) {
    return Object.keys(state.messages).map(function (k) { return state.messages[k]; })
      .filter(function (m) { return m.channel === channel && m.thread_ts === ts && m.ts !== ts; })
      .sort(function (a, b) { return a.ts < b.ts ? -1 : 1; });
  }

  // Drawn messages by place and content: an unchanged message keeps its DOM node, so a redraw keeps the person's
  // focus, open menus and half-made selections, and references to it stay valid.
  var drawn = {};

  function drawMessage(m, inThread) {
    var replyCount = inThread || m.ephemeral ? 0 : repliesTo(m.channel, m.ts).length;
    var cacheKey = (inThread ? 't/' : 'c/') + key(m.channel, m.ts);
    var signature = JSON.stringify(m) + '#' + replyCount;
    var cached = drawn[cacheKey];
    if (cached && cached.signature === signature) { return cached.node; }
    var node = drawFreshMessage(m, inThread);
    drawn[cacheKey] = { signature: signature, node: node };
    return node;
  }

  function drawFreshMessage(m, inThread) {
    var mine = state.identity && m.user === state.identity.user_id;
    var node = el('div', 'msg ' + (mine ? 'me' : 'bot') + (m.ephemeral ? ' ephemeral' : ''));
    node.dataset.ts = m.ts;
    node.dataset.channel = m.channel;
    var avatar = el('div', 'avatar', mine ? 'Y' : 'CC');
    node.appendChild(avatar);
    var body = el('div', 'msg-body');
    var meta = el('div', 'msg-meta');
    meta.appendChild(el('span', 'msg-name', m.username || (mine ? 'you' : 'comp-coach')));
    if (!mine) { meta.appendChild(el('span', 'app-badge', 'APP')); }
    meta.appendChild(el('span', 'msg-time', timeOf(m.ts)));
    if (m.edited) { meta.appendChild(el('span', 'msg-edited', '(edited)')); }
    body.appendChild(meta);
    var content = el('div', 'msg-content');
    var ctx = {
      names: names(),
      users: state.identity ? [{ text: { type: 'plain_text', text: state.identity.user_name }, value: state.identity.user_id }] : [],
      channels: state.channels.map(function (c) { return { text: { type: 'plain_text', text: c.name }, value: c.id }; }),
      onAction: function (action) {
        state.lastTouched = { channel: m.channel, ts: m.thread_ts || m.ts, at: Date.now() };
        post('action', { channel: m.channel, message_ts: m.ts, action: action })
          .then(function (answer) { showError(inThread ? 'thread-error' : 'composer-error', answer); });
      }
    };
    if (m.blocks && m.blocks.length) {
      content.appendChild(BlockKit.render(m.blocks, ctx));
    } else if (m.text || !m.files) {
      content.appendChild(BlockKit.mrkdwn(m.text, ctx));
    }
    (m.files || []).forEach(function (f) {
      content.appendChild(el('div', 'msg-file', '\uD83D\uDCC4 ' + f.name + ' · ' + Math.max(1, Math.round(f.size / 1024)) + ' KB'));
    });
    body.appendChild(content);
    if (m.ephemeral) { body.appendChild(el('div', 'ephemeral-note', 'Only visible to you')); }
    if (!inThread && !m.ephemeral) {
      var replies = repliesTo(m.channel, m.ts);
      var link = el('button', 'thread-link', replies.length ? replies.length + (replies.length === 1 ? ' reply' : ' replies')
        : 'Reply in thread');
      link.type = 'button';
      link.addEventListener('click', function () { openThread(m.channel, m.ts); });
      body.appendChild(link);
    }
    node.appendChild(body);
    return node;
  }

  function keepScroll(container, draw) {
    var atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 80;
    draw();
    if (atBottom) { container.scrollTop = container.scrollHeight; }
  }

  function drawChannel() {
    var home = state.current === 'home';
    $('home-view').hidden = !home;
    $('messages').hidden = home;
    $('composer').hidden = home;
    if (home) {
      $('channel-title').textContent = 'comp-coach';
      $('channel-topic').textContent = 'App Home: what the app published with views.publish.';
      drawHome();
      return;
    }
    var channel = channelById(state.current);
    if (!channel) { return; }
    var dm = channel.type === 'im';
    $('channel-title').textContent = dm ? channel.name : '# ' + channel.name;
    $('channel-topic').textContent = dm
      ? 'Your direct messages with comp-coach: figures you type here stay between you and the bot.'
      : 'A shared channel. Every action here is a signed Slack request into the app; every reply came back through its Web API calls.';
    $('composer-input').placeholder = dm ? 'Message comp-coach' : 'Message #' + channel.name + ' — try /comp ml-ai-engineer charlotte';
    var list = $('messages');
    keepScroll(list, function () {
      list.textContent = '';
      var items = Object.keys(state.messages).map(function (k) { return state.messages[k]; })
        .filter(function (m) { return m.channel === channel.id && (!m.thread_ts || m.thread_ts === m.ts); })
        .concat(state.commands.filter(function (c) { return c.channel === channel.id; }))
        .sort(function (a, b) { return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0; });
      if (!items.length) {
        list.appendChild(el('div', 'empty', dm ? 'Say hello, or paste an offer: “they offered 180k base, 50k rsu per year, 40k bonus”.'
          : 'Nothing here yet. Type /comp ml-ai-engineer charlotte below.'));
      }
      items.forEach(function (m) {
        list.appendChild(m.command ? el('div', 'command-line', 'you used ' + m.text) : drawMessage(m, false));
      });
    });
  }

  function drawThread() {
    var panel = $('thread');
    if (!state.thread) { panel.hidden = true; return; }
    var parent = state.messages[key(state.thread.channel, state.thread.ts)];
    if (!parent) { state.thread = null; panel.hidden = true; return; }
    panel.hidden = false;
    var channel = channelById(parent.channel);
    $('thread-channel').textContent = channel ? (channel.type === 'im' ? channel.name : '# ' + channel.name) : '';
    var list = $('thread-messages');
    keepScroll(list, function () {
      list.textContent = '';
      list.appendChild(drawMessage(parent, true));
      var replies = repliesTo(parent.channel, parent.ts);
      list.appendChild(el('div', 'reply-count', replies.length + (replies.length === 1 ? ' reply' : ' replies')));
      replies.forEach(function (m) { list.appendChild(drawMessage(m, true)); });
    });
  }

  function drawHome() {
    var box = $('home-view');
    box.textContent = '';
    if (!state.home) {
      box.appendChild(el('div', 'empty', 'Opening App Home…'));
      return;
    }
    box.appendChild(BlockKit.render(state.home.blocks, {
      names: names(),
      onAction: function (action) {
        post('action', { view_id: state.home.id, values: {}, action: action }).then(function (a) { showError('composer-error', a); });
      }
    }));
  }

  function drawModal() {
    var layer = $('modal-layer');
    layer.textContent = '';
    var view = state.views[state.views.length - 1];
    if (!view) { layer.hidden = true; return; }
    layer.hidden = false;
    var dialog = el('div', 'modal');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.dataset.viewId = view.id;
    if (view.callback_id) { dialog.dataset.callbackId = view.callback_id; }
    var head = el('div', 'modal-head');
    head.appendChild(el('div', 'modal-title', BlockKit.plain(view.title) || 'comp-coach'));
    var x = el('button', 'icon-button', '✕');
    x.type = 'button';
    x.setAttribute('aria-label', 'Close');
    head.appendChild(x);
    dialog.appendChild(head);
    var body = el('div', 'modal-body');
    var ctx = {
      names: names(),
      errors: {},
      onAction: function (action) {
        post('action', { view_id: view.id, values: BlockKit.state(body), action: action })
          .then(function (answer) { showModalError(answer); });
      }
    };
    body.appendChild(BlockKit.render(view.blocks, ctx));
    dialog.appendChild(body);
    var problem = el('div', 'modal-problem');
    problem.setAttribute('role', 'alert');
    problem.hidden = true;
    dialog.appendChild(problem);
    var foot = el('div', 'modal-foot');
    var cancel = el('button', 'bk-button', BlockKit.plain(view.close) || 'Cancel');
    cancel.type = 'button';
    cancel.className = 'bk-button modal-cancel';
    foot.appendChild(cancel);
    if (view.submit) {
      var submit = el('button', 'bk-button bk-primary modal-submit', BlockKit.plain(view.submit));
      submit.type = 'button';
      submit.addEventListener('click', function () {
        submit.disabled = true;
        clearFieldErrors(body);
        post('submit', { view_id: view.id, values: BlockKit.state(body) }).then(function (answer) {
          submit.disabled = false;
          showModalError(answer);
          if (answer.errors) { showFieldErrors(body, answer.errors); }
        });
      });
      foot.appendChild(submit);
    }
    dialog.appendChild(foot);
    var close = function () { post('close', { view_id: view.id }); };
    x.addEventListener('click', close);
    cancel.addEventListener('click', close);
    layer.appendChild(dialog);
    var first = body.querySelector('input, textarea, select');
    if (first) { first.focus(); }

    function showModalError(answer) {
      problem.hidden = !!(answer && answer.ok);
      problem.textContent = answer && !answer.ok ? (answer.error || 'Something went wrong.') : '';
    }
  }

  function clearFieldErrors(body) {
    body.querySelectorAll('.bk-error').forEach(function (n) { n.remove(); });
    body.querySelectorAll('.bk-has-error').forEach(function (n) { n.classList.remove('bk-has-error'); });
  }

  /** response_action: errors names blocks; each message goes under its own field, the typed values stay. */
  function showFieldErrors(body, errors) {
    Object.keys(errors).forEach(function (blockId) {
      var field = body.querySelector('.bk-input[data-block-id="' + CSS.escape(blockId) + '"]');
      var message = el('div', 'bk-error', BlockKit.unescape(errors[blockId]));
      if (field) {
        field.classList.add('bk-has-error');
        field.appendChild(message);
      } else {
        body.appendChild(message);
      }
    });
  }

  function drawApiLog() {
    var log = $('api-log');
    log.textContent = '';
    state.api.slice(-10).forEach(function (call) {
      var item = el('li', call.ok ? 'api-ok' : 'api-failed', call.method + (call.ok ? '' : ' · ' + call.error));
      log.appendChild(item);
    });
  }

  function drawAll() {
    drawSidebar();
    drawChannel();
    drawThread();
    drawModal();
  }

  // ---- navigation ---------------------------------------------------------------------------------------------

  function openChannel(id) {
    state.current = id;
    drawSidebar();
    drawChannel();
    $('composer-input').focus();
  }

  function openThread(channel, ts) {
    state.thread = { channel: channel, ts: ts };
    drawThread();
    $('thread-input').focus();
  }

  $('thread-close').addEventListener('click', function () { state.thread = null; drawThread(); });
  $('home-link').addEventListener('click', function () {
    state.current = 'home';
    drawSidebar();
    drawChannel();
    post('home', {}).then(function (answer) { showError('composer-error', answer); });
  });

  // ---- composing ----------------------------------------------------------------------------------------------

  function composer(formId, inputId, errorId, threadTs) {
    var form = $(formId);
    var input = $(inputId);
    function send() {
      var text = input.value.trim();
      if (!text) { return; }
      var channel = threadTs() ? state.thread.channel : state.current;
      input.value = '';
      $('command-hint').hidden = true;
      post('send', { channel: channel, thread_ts: threadTs(), text: text }).then(function (answer) {
        showError(errorId, answer);
        if (!answer.ok && !input.value) { input.value = text; }
      });
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); send(); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); send(); }
    });
    input.addEventListener('input', function () {
      input.style.height = 'auto';
      input.style.height = Math.min(input.scrollHeight, 160) + 'px';
      if (inputId === 'composer-input') { $('command-hint').hidden = input.value.charAt(0) !== '/'; }
    });
  }
  // A file shared as Slack shares one: its bytes go to the console's stand-in, which hosts them and tells the app.
  function attach(fileId, errorId, threadTs) {
    var input = $(fileId);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.value = '';
      if (!file) { return; }
      if (file.size > 10 * 1024 * 1024) {
        showError(errorId, { ok: false, error: file.name + ' is larger than 10 MB.' });
        return;
      }
      var channel = threadTs() ? state.thread.channel : state.current;
      var reader = new FileReader();
      reader.onerror = function () { showError(errorId, { ok: false, error: 'The browser could not read ' + file.name + '.' }); };
      reader.onload = function () {
        var data = String(reader.result);
        post('upload', { channel: channel, thread_ts: threadTs(), name: file.name, mimetype: file.type,
          data: data.substring(data.indexOf(',') + 1) }).then(function (answer) { showError(errorId, answer); });
      };
      reader.readAsDataURL(file);
    });
  }

  composer('composer', 'composer-input', 'composer-error', function () { return null; });
  composer('thread-composer', 'thread-input', 'thread-error', function () { return state.thread && state.thread.ts; });
  attach('composer-file', 'composer-error', function () { return null; });
  attach('thread-file', 'thread-error', function () { return state.thread && state.thread.ts; });

  // ---- the live channel ---------------------------------------------------------------------------------------

  var stream = new EventSource('/console/events');
  stream.onopen = function () {
    $('link-status').textContent = 'live · signed requests → /slack/events';
    document.body.dataset.live = 'true';
  };
  stream.onerror = function () {
    $('link-status').textContent = 'reconnecting…';
    document.body.dataset.live = 'false';
  };
  stream.addEventListener('snapshot', function (event) {
    var data = JSON.parse(event.data);
    drawn = {};
    state.identity = data.identity;
    state.channels = data.channels;
    state.messages = {};
    data.messages.forEach(function (m) { state.messages[key(m.channel, m.ts)] = m; });
    state.views = data.views || [];
    state.home = data.home;
    if (!state.current) { state.current = state.channels.length ? state.channels[0].id : null; }
    drawAll();
  });
  stream.addEventListener('message', function (event) {
    var m = JSON.parse(event.data);
    state.messages[key(m.channel, m.ts)] = m;
    var touched = state.lastTouched;
    if (m.thread_ts && m.thread_ts !== m.ts && !state.thread && touched && touched.channel === m.channel
        && touched.ts === m.thread_ts && Date.now() - touched.at < 15000) {
      // The reply to a click the person just made: show it where they are looking.
      state.thread = { channel: m.channel, ts: m.thread_ts };
    }
    drawChannel();
    drawThread();
  });
  stream.addEventListener('delete', function (event) {
    var d = JSON.parse(event.data);
    delete state.messages[key(d.channel, d.ts)];
    delete drawn['c/' + key(d.channel, d.ts)];
    delete drawn['t/' + key(d.channel, d.ts)];
    drawChannel();
    drawThread();
  });
  stream.addEventListener('views', function (event) {
    state.views = JSON.parse(event.data);
    drawModal();
  });
  stream.addEventListener('home', function (event) {
    state.home = JSON.parse(event.data);
    if (state.current === 'home') { drawHome(); }
  });
  stream.addEventListener('command', function (event) {
    var c = JSON.parse(event.data);
    state.commands.push({ command: true, channel: c.channel, text: c.text, ts: c.ts });
    drawChannel();
  });
  stream.addEventListener('api', function (event) {
    state.api.push(JSON.parse(event.data));
    if (state.api.length > 50) { state.api.shift(); }
    drawApiLog();
  });
}());
