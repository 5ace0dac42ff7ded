/*
 * Draws Slack Block Kit as DOM, the way Slack's client shows it. Every string goes in through textContent or
 * attributes, never innerHTML, so text from a guide or a person can never become markup. Blocks or elements the
 * console does not know are shown plainly, with their type, instead of disappearing.
 */
(function () {
  'use strict';

  var EMOJI = {
    moneybag: '💰', money_with_wings: '💸', dollar: '💵', chart_with_upwards_trend: '📈',
    chart_with_downwards_trend: '📉', bar_chart: '📊', bulb: '💡', warning: '⚠️', white_check_mark: '✅',
    heavy_check_mark: '✔️', x: '❌', memo: '📝', dart: '🎯', briefcase: '💼', calendar: '📅', date: '📅',
    earth_americas: '🌎', globe_with_meridians: '🌐', handshake: '🤝', point_right: '👉', point_down: '👇',
    information_source: 'ℹ️', lock: '🔒', speech_balloon: '💬', thinking_face: '🤔', tada: '🎉', star: '⭐',
    rocket: '🚀', mag: '🔍', clipboard: '📋', pushpin: '📌', round_pushpin: '📍', hourglass: '⌛',
    hourglass_flowing_sand: '⏳', scales: '⚖️', books: '📚', book: '📖', receipt: '🧾', gift: '🎁',
    calling: '📲', wave: '👋', raised_hands: '🙌', eyes: '👀', arrow_right: '➡️', arrow_up: '⬆️',
    arrow_down: '⬇️', heavy_plus_sign: '➕', heavy_minus_sign: '➖', large_green_circle: '🟢',
    large_yellow_circle: '🟡', red_circle: '🔴', office: '🏢', house: '🏠', cityscape: '🏙️', robot_face: '🤖',
    shield: '🛡️', key: '🔑', sparkles: '✨', fire: '🔥', muscle: '💪', question: '❓', exclamation: '❗',
    new: '🆕', stopwatch: '⏱️', clock3: '🕒', coin: '🪙', bank: '🏦', mailbox: '📫', inbox_tray: '📥',
    outbox_tray: '📤', pencil: '✏️', pencil2: '✏️', link: '🔗', label: '🏷️', compass: '🧭', trophy: '🏆'
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  /** Slack sends &, < and > as entities in text; the page shows the characters. */
  function unescape(text) {
    return String(text === undefined || text === null ? '' : text)
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  function emoji(text) {
    return text.replace(/:([a-z0-9_+\-]+):/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(EMOJI, name) ? EMOJI[name] : whole;
    });
  }

  /** A `<...>` token: a link, a mention, a channel or a special command. */
  function angle(token, ctx) {
    var bar = token.indexOf('|');
    var target = bar < 0 ? token : token.slice(0, bar);
    var label = bar < 0 ? null : token.slice(bar + 1);
    if (target.charAt(0) === '@') {
      var id = target.slice(1);
      return el('span', 'bk-mention', '@' + ((ctx.names && ctx.names[id]) || label || id));
    }
    if (target.charAt(0) === '#') {
      return el('span', 'bk-mention', '#' + (label || target.slice(1)));
    }
    if (target.charAt(0) === '!') {
      var special = target.slice(1).split('^')[0];
      if (special === 'date') {
        return document.createTextNode(unescape(label || token));
      }
      return el('span', 'bk-mention bk-special', '@' + (label || special));
    }
    if (/^(https?:|mailto:)/i.test(target)) {
      var a = el('a', 'bk-link', unescape(label || target));
      a.href = unescape(target);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      return a;
    }
    return document.createTextNode('<' + unescape(token) + '>');
  }

  var INLINE = /`([^`\n]+)`|<([^<>\n]+)>|(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])|(?<![\w_])_(?!\s)([^_\n]+?)_(?![\w_])|(?<![\w~])~(?!\s)([^~\n]+?)~(?![\w~])/g;

  function inline(text, parent, ctx) {
    var last = 0;
    var match;
    INLINE.lastIndex = 0;
    var re = new RegExp(INLINE.source, 'g');
    while ((match = re.exec(text)) !== null) {
      if (match.index > last) {
        parent.appendChild(document.createTextNode(emoji(unescape(text.slice(last, match.index)))));
      }
      if (match[1] !== undefined) {
        parent.appendChild(el('code', 'bk-code', unescape(match[1])));
      } else if (match[2] !== undefined) {
        parent.appendChild(angle(match[2], ctx));
      } else {
        var tag = match[3] !== undefined ? 'strong' : match[4] !== undefined ? 'em' : 's';
        var inner = el(tag);
        inline(match[3] || match[4] || match[5], inner, ctx);
        parent.appendChild(inner);
      }
      last = re.lastIndex;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(emoji(unescape(text.slice(last)))));
    }
  }

  /** Slack's mrkdwn: bold, italic, strike, code, code blocks, quotes, links, mentions, line breaks. */
  function mrkdwn(text, ctx) {
    var root = el('div', 'bk-mrkdwn');
    var parts = String(text || '').split('```');
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        root.appendChild(el('pre', 'bk-pre', unescape(part.replace(/^\n/, ''))));
        return;
      }
      var lines = part.split('\n');
      var quote = null;
      lines.forEach(function (line, n) {
        var quoted = /^(&gt;|>)\s?/.test(line);
        if (quoted) {
          if (!quote) { quote = el('blockquote', 'bk-quote'); root.appendChild(quote); } else { quote.appendChild(el('br')); }
          inline(line.replace(/^(&gt;|>)\s?/, ''), quote, ctx || {});
          return;
        }
        quote = null;
        if (n > 0 && !(n === 1 && lines[0] === '' && i > 0)) { root.appendChild(el('br')); }
        inline(line, root, ctx || {});
      });
    });
    return root;
  }

  function textObject(obj, ctx) {
    if (!obj) { return el('span'); }
    if (typeof obj === 'string') { return el('span', null, unescape(obj)); }
    if (obj.type === 'mrkdwn') { return mrkdwn(obj.text, ctx); }
    return el('span', 'bk-plain', emoji(unescape(obj.text)));
  }

  function plain(obj) {
    return obj ? emoji(unescape(typeof obj === 'string' ? obj : obj.text)) : '';
  }

  function optionsOf(element) {
    if (element.options) { return element.options; }
    var all = [];
    (element.option_groups || []).forEach(function (group) { all = all.concat(group.options || []); });
    return all;
  }

  function sameOption(a, b) {
    return a && b && a.value === b.value;
  }

  function cleanOption(option) {
    return option ? { text: option.text, value: option.value } : null;
  }

  function unknownElement(element) {
    var box = el('span', 'bk-unknown', '[' + (element && element.type || 'element') + ']');
    var label = element && (element.text || element.placeholder || element.label);
    if (label) { box.appendChild(document.createTextNode(' ' + plain(label))); }
    box.title = 'The console does not draw this element; Slack would.';
    return box;
  }

  function button(element, blockId, ctx) {
    var b = el('button', 'bk-button' + (element.style ? ' bk-' + element.style : ''), plain(element.text));
    b.type = 'button';
    b.dataset.actionId = element.action_id || '';
    b.dataset.blockId = blockId || '';
    if (element.url) { b.title = element.url; }
    b.addEventListener('click', function () {
      if (element.url) { window.open(element.url, '_blank', 'noopener'); }
      var action = { type: 'button', action_id: element.action_id, block_id: blockId, text: element.text };
      if (element.value !== undefined) { action.value = element.value; }
      if (element.style) { action.style = element.style; }
      if (element.confirm && !window.confirm(plain(element.confirm.title) + '\n\n' + plain(element.confirm.text))) {
        return;
      }
      ctx.onAction(action);
    });
    return b;
  }

  function select(element, blockId, ctx, inInput) {
    var s = el('select', 'bk-select');
    s.dataset.actionId = element.action_id || '';
    s.dataset.blockId = blockId || '';
    var placeholder = el('option', null, plain(element.placeholder) || 'Select an item');
    placeholder.value = '';
    placeholder.disabled = true;
    s.appendChild(placeholder);
    var options = optionsOf(element);
    var selected = false;
    function add(parent, option) {
      var o = el('option', null, plain(option.text));
      o.value = option.value;
      if (sameOption(option, element.initial_option)) { o.selected = true; selected = true; }
      parent.appendChild(o);
    }
    if (element.option_groups) {
      element.option_groups.forEach(function (group) {
        var g = el('optgroup');
        g.label = plain(group.label);
        (group.options || []).forEach(function (option) { add(g, option); });
        s.appendChild(g);
      });
    } else {
      options.forEach(function (option) { add(s, option); });
    }
    if (!selected) { placeholder.selected = true; }
    s.dataset.stateKind = element.type;
    s.stateValue = function () {
      var chosen = options.filter(function (o) { return o.value === s.value; })[0];
      return { type: element.type, selected_option: cleanOption(chosen) };
    };
    if (!inInput || element.dispatch_action) {
      s.addEventListener('change', function () {
        var action = s.stateValue();
        action.action_id = element.action_id;
        action.block_id = blockId;
        if (element.placeholder) { action.placeholder = element.placeholder; }
        ctx.onAction(action);
      });
    }
    return s;
  }

  function overflow(element, blockId, ctx) {
    var wrap = el('span', 'bk-overflow');
    var toggle = el('button', 'bk-button bk-overflow-toggle', '⋯');
    toggle.type = 'button';
    toggle.dataset.actionId = element.action_id || '';
    var menu = el('div', 'bk-overflow-menu');
    menu.hidden = true;
    (element.options || []).forEach(function (option) {
      var item = el('button', 'bk-overflow-item', plain(option.text));
      item.type = 'button';
      item.addEventListener('click', function () {
        menu.hidden = true;
        ctx.onAction({ type: 'overflow', action_id: element.action_id, block_id: blockId,
          selected_option: cleanOption(option) });
      });
      menu.appendChild(item);
    });
    toggle.addEventListener('click', function () { menu.hidden = !menu.hidden; });
    wrap.appendChild(toggle);
    wrap.appendChild(menu);
    return wrap;
  }

  function textInput(element, blockId, ctx) {
    var kind = element.type;
    var input;
    if (kind === 'plain_text_input' && element.multiline) {
      input = el('textarea', 'bk-text-input');
      input.rows = 3;
    } else {
      input = el('input', 'bk-text-input');
      input.type = kind === 'number_input' ? 'number' : kind === 'email_text_input' ? 'email'
        : kind === 'url_text_input' ? 'url' : 'text';
      if (kind === 'number_input') {
        input.step = element.is_decimal_allowed ? 'any' : '1';
        if (element.min_value !== undefined) { input.min = element.min_value; }
        if (element.max_value !== undefined) { input.max = element.max_value; }
      }
    }
    if (element.placeholder) { input.placeholder = plain(element.placeholder); }
    if (element.initial_value !== undefined) { input.value = element.initial_value; }
    if (element.max_length) { input.maxLength = element.max_length; }
    input.dataset.actionId = element.action_id || '';
    input.dataset.blockId = blockId || '';
    input.dataset.stateKind = kind;
    input.stateValue = function () {
      return { type: kind, value: input.value === '' ? null : input.value };
    };
    if (element.dispatch_action) {
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && input.tagName === 'INPUT') {
          event.preventDefault();
          var action = input.stateValue();
          action.action_id = element.action_id;
          action.block_id = blockId;
          ctx.onAction(action);
        }
      });
    }
    return input;
  }

  function choices(element, blockId, ctx, inInput) {
    var multiple = element.type === 'checkboxes';
    var box = el('div', 'bk-choices');
    var name = 'c' + Math.random().toString(36).slice(2);
    var options = element.options || [];
    var initial = multiple ? (element.initial_options || []) : [element.initial_option];
    var inputs = options.map(function (option) {
      var label = el('label', 'bk-choice');
      var input = el('input');
      input.type = multiple ? 'checkbox' : 'radio';
      input.name = name;
      input.value = option.value;
      input.checked = initial.some(function (i) { return sameOption(i, option); });
      label.appendChild(input);
      label.appendChild(textObject(option.text, ctx));
      box.appendChild(label);
      return input;
    });
    box.dataset.actionId = element.action_id || '';
    box.dataset.blockId = blockId || '';
    box.dataset.stateKind = element.type;
    box.stateValue = function () {
      var chosen = options.filter(function (o, i) { return inputs[i].checked; }).map(cleanOption);
      return multiple ? { type: element.type, selected_options: chosen }
        : { type: element.type, selected_option: chosen[0] || null };
    };
    if (!inInput || element.dispatch_action) {
      box.addEventListener('change', function () {
        var action = box.stateValue();
        action.action_id = element.action_id;
        action.block_id = blockId;
        ctx.onAction(action);
      });
    }
    return box;
  }

  function picker(element, blockId, ctx, inInput) {
    var input = el('input', 'bk-text-input bk-picker');
    var date = element.type === 'datepicker';
    input.type = date ? 'date' : 'time';
    var initial = date ? element.initial_date : element.initial_time;
    if (initial) { input.value = initial; }
    input.dataset.actionId = element.action_id || '';
    input.dataset.blockId = blockId || '';
    input.dataset.stateKind = element.type;
    input.stateValue = function () {
      var value = input.value || null;
      return date ? { type: element.type, selected_date: value } : { type: element.type, selected_time: value };
    };
    if (!inInput || element.dispatch_action) {
      input.addEventListener('change', function () {
        var action = input.stateValue();
        action.action_id = element.action_id;
        action.block_id = blockId;
        ctx.onAction(action);
      });
    }
    return input;
  }

  function image(element, className) {
    var img = el('img', className || 'bk-image-element');
    img.src = element.image_url || '';
    img.alt = element.alt_text || '';
    img.title = element.alt_text || '';
    return img;
  }

  function element(element, blockId, ctx, inInput) {
    switch (element && element.type) {
      case 'button': return button(element, blockId, ctx);
      case 'static_select':
      case 'external_select':
        return select(element, blockId, ctx, inInput);
      case 'users_select':
      case 'conversations_select':
      case 'channels_select':
        return select(knownChoices(element, ctx), blockId, ctx, inInput);
      case 'overflow': return overflow(element, blockId, ctx);
      case 'plain_text_input':
      case 'number_input':
      case 'email_text_input':
      case 'url_text_input':
        return textInput(element, blockId, ctx);
      case 'checkboxes':
      case 'radio_buttons':
        return choices(element, blockId, ctx, inInput);
      case 'datepicker':
      case 'timepicker':
        return picker(element, blockId, ctx, inInput);
      case 'image': return image(element);
      default: return unknownElement(element);
    }
  }

  /** People and conversation pickers offer what the console's workspace has. */
  function knownChoices(element, ctx) {
    var options = (element.type === 'users_select' ? ctx.users : ctx.channels) || [];
    var copy = Object.assign({}, element, { options: options });
    var initial = element.initial_user || element.initial_conversation || element.initial_channel;
    copy.initial_option = options.filter(function (o) { return o.value === initial; })[0];
    return copy;
  }

  function richText(block, ctx) {
    var root = el('div', 'bk-rich');
    function inlineRich(items, parent) {
      (items || []).forEach(function (item) {
        var node;
        if (item.type === 'text') {
          node = el(item.style && item.style.code ? 'code' : 'span', item.style && item.style.code ? 'bk-code' : null,
            item.text);
          if (item.style && item.style.bold) { node.style.fontWeight = '700'; }
          if (item.style && item.style.italic) { node.style.fontStyle = 'italic'; }
          if (item.style && item.style.strike) { node.style.textDecoration = 'line-through'; }
        } else if (item.type === 'link') {
          node = angle(item.url + (item.text ? '|' + item.text : ''), ctx);
        } else if (item.type === 'user') {
          node = angle('@' + item.user_id, ctx);
        } else if (item.type === 'emoji') {
          node = document.createTextNode(EMOJI[item.name] || ':' + item.name + ':');
        } else {
          node = el('span', null, item.text || '');
        }
        parent.appendChild(node);
      });
    }
    (block.elements || []).forEach(function (part) {
      var node;
      if (part.type === 'rich_text_list') {
        node = el(part.style === 'ordered' ? 'ol' : 'ul', 'bk-list');
        (part.elements || []).forEach(function (item) {
          var li = el('li');
          inlineRich(item.elements, li);
          node.appendChild(li);
        });
      } else {
        node = el(part.type === 'rich_text_preformatted' ? 'pre' : part.type === 'rich_text_quote' ? 'blockquote' : 'div',
          part.type === 'rich_text_preformatted' ? 'bk-pre' : part.type === 'rich_text_quote' ? 'bk-quote' : null);
        inlineRich(part.elements, node);
      }
      root.appendChild(node);
    });
    return root;
  }

  function block(b, ctx) {
    var id = b.block_id;
    var node;
    switch (b.type) {
      case 'header':
        node = el('div', 'bk-header', plain(b.text));
        break;
      case 'section':
        node = el('div', 'bk-section');
        var body = el('div', 'bk-section-body');
        if (b.text) { body.appendChild(textObject(b.text, ctx)); }
        if (b.fields && b.fields.length) {
          var fields = el('div', 'bk-fields');
          b.fields.forEach(function (f) { fields.appendChild(el('div', 'bk-field')).appendChild(textObject(f, ctx)); });
          body.appendChild(fields);
        }
        node.appendChild(body);
        if (b.accessory) {
          var accessory = el('div', 'bk-accessory');
          accessory.appendChild(b.accessory.type === 'image' ? image(b.accessory, 'bk-accessory-image')
            : element(b.accessory, id, ctx, false));
          node.appendChild(accessory);
        }
        break;
      case 'divider':
        node = el('hr', 'bk-divider');
        break;
      case 'context':
        node = el('div', 'bk-context');
        (b.elements || []).forEach(function (e) {
          node.appendChild(e.type === 'image' ? image(e, 'bk-context-image')
            : e.type === 'mrkdwn' || e.type === 'plain_text' ? textObject(e, ctx) : unknownElement(e));
        });
        break;
      case 'actions':
        node = el('div', 'bk-actions');
        (b.elements || []).forEach(function (e) { node.appendChild(element(e, id, ctx, false)); });
        break;
      case 'image':
        node = el('figure', 'bk-image');
        if (b.title) { node.appendChild(el('figcaption', null, plain(b.title))); }
        node.appendChild(image(b, 'bk-image-full'));
        break;
      case 'input':
        node = el('div', 'bk-input');
        var label = el('label', 'bk-label', plain(b.label));
        if (b.optional) { label.appendChild(el('span', 'bk-optional', ' (optional)')); }
        node.appendChild(label);
        node.appendChild(element(b.element, id, ctx, true));
        if (b.hint) { node.appendChild(el('div', 'bk-hint', plain(b.hint))); }
        var error = ctx.errors && ctx.errors[id];
        if (error) {
          node.classList.add('bk-has-error');
          node.appendChild(el('div', 'bk-error', unescape(error)));
        }
        break;
      case 'rich_text':
        node = richText(b, ctx);
        break;
      case 'markdown':
        node = mrkdwn(b.text, ctx);
        node.classList.add('bk-markdown');
        break;
      default:
        node = el('div', 'bk-unknown-block');
        node.appendChild(el('div', 'bk-unknown-title', 'A “' + (b.type || '?') + '” block, which the console does not draw:'));
        var raw = JSON.stringify(b, null, 1);
        node.appendChild(el('pre', 'bk-pre', raw.length > 600 ? raw.slice(0, 600) + '…' : raw));
    }
    node.classList.add('bk-block');
    if (id) { node.dataset.blockId = id; }
    node.dataset.blockType = b.type || '';
    return node;
  }

  /** Draws a list of blocks; ctx.onAction(action) gets every click or selection shaped like Slack's payload action. */
  function render(blocks, ctx) {
    var root = el('div', 'bk-blocks');
    (blocks || []).forEach(function (b) { root.appendChild(block(b, ctx)); });
    return root;
  }

  /** The values of every input under root, shaped as Slack's view.state.values. */
  function state(root) {
    var values = {};
    root.querySelectorAll('[data-state-kind]').forEach(function (node) {
      var blockId = node.dataset.blockId;
      var actionId = node.dataset.actionId;
      if (!blockId || !actionId || typeof node.stateValue !== 'function') { return; }
      values[blockId] = values[blockId] || {};
      values[blockId][actionId] = node.stateValue();
    });
    return values;
  }

  window.BlockKit = { render: render, mrkdwn: mrkdwn, state: state, plain: plain, unescape: unescape };
}());
