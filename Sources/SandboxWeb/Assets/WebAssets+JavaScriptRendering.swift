extension WebAssets {
    /// Rendering messages like Discord's: embeds, components, mentions, markdown and times.
    static let javascriptRendering = #"""
// ---- rendering messages like Discord ----
function renderMessages() {
  const pane = $("messages");
  pane.replaceChildren();
  const messages = [...app.messages.values()].filter((m) => m.channel === app.channelID);
  messages.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  for (const message of messages) renderMessage(message);
}

function renderMessage(message) {
  const element = document.createElement("div");
  element.className = "msg" + (message.ephemeral ? " ephemeral" : "");
  element.dataset.id = message.id;
  element.dataset.edits = message.edits;
  const avatar = document.createElement("div");
  avatar.className = "avatar";
  avatar.textContent = message.author.name.slice(0, 1).toUpperCase();
  const body = document.createElement("div");
  body.className = "body";
  const edited = message.edits > 0 ? `<span class="edited" title="edited ${message.edits}×">(edited)</span>` : "";
  body.innerHTML = `<div class="head"><span class="author">${escape(message.author.name)}</span>${message.author.bot ? '<span class="tag">APP</span>' : ""}<time>${clock(message.timestamp)}</time>${edited}</div>`;
  if (message.loading) body.append(note("raidbot is thinking…"));
  if (message.content) body.append(html("div", "content", markdown(message.content)));
  for (const embed of message.embeds) body.append(renderEmbed(embed));
  body.append(renderComponents(message.components, message));
  if (message.ephemeral) body.append(note("👁 Only you can see this"));
  element.append(avatar, body);
  const pane = $("messages");
  const existing = pane.querySelector(`.msg[data-id="${message.id}"]`);
  if (existing) existing.replaceWith(element);
  else {
    const later = [...pane.children].find((other) => BigInt(other.dataset.id) > BigInt(message.id));
    pane.insertBefore(element, later || null);
    if (!later) element.scrollIntoView({ block: "nearest" });
  }
}

function renderEmbed(embed) {
  const element = document.createElement("div");
  element.className = "embed";
  if (embed.color !== undefined) element.style.borderLeftColor = "#" + embed.color.toString(16).padStart(6, "0");
  if (embed.author && embed.author.name) element.append(html("div", "footer", escape(embed.author.name)));
  if (embed.title) element.append(html("div", "title", markdown(embed.title)));
  if (embed.description) element.append(html("div", "desc", markdown(embed.description)));
  if (embed.fields && embed.fields.length) {
    const fields = document.createElement("div");
    fields.className = "fields";
    for (const field of embed.fields) {
      fields.append(html("div", "field" + (field.inline ? " inline" : ""), `<b>${markdown(field.name)}</b>${markdown(field.value)}`));
    }
    element.append(fields);
  }
  if (embed.thumbnail && embed.thumbnail.url) {
    const image = document.createElement("img");
    image.className = "thumb";
    image.alt = "";
    if (/^(https?:)?\/\/(127\.0\.0\.1|localhost)/.test(embed.thumbnail.url)) image.src = embed.thumbnail.url;
    image.title = embed.thumbnail.url; // offline: the picture itself lives on the internet
    element.append(image);
  }
  const footer = [embed.footer && embed.footer.text ? markdown(embed.footer.text) : "", embed.timestamp ? clock(Date.parse(embed.timestamp)) : ""]
    .filter(Boolean).join(" • ");
  if (footer) element.append(html("div", "footer", footer));
  return element;
}

function renderComponents(components, message) {
  const box = document.createElement("div");
  box.className = "components";
  for (const component of components || []) box.append(renderComponent(component, message));
  return box;
}

function renderComponent(component, message) {
  switch (component.type) {
    case 1: {
      const row = document.createElement("div");
      row.className = "row";
      for (const child of component.components || []) row.append(renderComponent(child, message));
      return row;
    }
    case 2: return renderButton(component, message);
    case 3: case 5: case 6: case 7: case 8: return renderSelect(component, message);
    case 10: return html("div", "content", markdown(component.content || ""));
    case 14: return html("div", "separator", "");
    case 9: case 17: {
      const box = renderComponents(component.components, message);
      if (component.type === 17) {
        box.className = "container";
        if (component.accent_color !== undefined && component.accent_color !== null) box.style.borderLeftColor = "#" + component.accent_color.toString(16).padStart(6, "0");
      }
      if (component.accessory) box.append(renderComponent(component.accessory, message));
      return box;
    }
    default: return document.createTextNode("");
  }
}

function renderButton(component, message) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `btn s${component.style || 2} component`;
  button.textContent = `${component.emoji && component.emoji.name ? component.emoji.name + " " : ""}${component.label || ""}`;
  button.dataset.label = component.label || "";
  button.dataset.customId = component.custom_id || "";
  button.disabled = !!component.disabled;
  if (component.style === 5) {
    button.title = component.url;
    button.onclick = () => log(`(a link to ${component.url}; the sandbox stays offline)`);
  } else {
    button.onclick = () => act("click", { message: message.id, customID: component.custom_id }, `click ${component.label || component.custom_id}`);
  }
  return button;
}

function renderSelect(component, message) {
  const wrapper = document.createElement("div");
  wrapper.className = "row";
  const select = document.createElement("select");
  select.className = "component";
  select.dataset.customId = component.custom_id;
  select.dataset.placeholder = component.placeholder || "";
  select.disabled = !!component.disabled;
  const many = (component.max_values || 1) > 1;
  select.multiple = many;
  if (!many) select.append(new Option(component.placeholder || "Make a selection", "", true, true));
  for (const option of selectOptions(component)) select.append(new Option(option.label, option.value));
  const send = () => {
    const values = [...select.selectedOptions].map((o) => o.value).filter(Boolean);
    if (values.length) act("select", { message: message.id, customID: component.custom_id, values }, `select ${component.placeholder || component.custom_id} ${values.join(" ")}`);
  };
  wrapper.append(select);
  if (many) {
    const apply = document.createElement("button");
    apply.type = "button";
    apply.textContent = "Choose";
    apply.className = "btn s1 choose";
    apply.disabled = select.disabled;
    apply.onclick = send;
    wrapper.append(apply);
  } else select.onchange = send;
  return wrapper;
}

function selectOptions(component) {
  const members = app.directory.members.filter((m) => !m.bot).map((m) => ({ label: m.name, value: m.id }));
  const roles = app.directory.roles.map((r) => ({ label: "@" + r.name, value: r.id }));
  switch (component.type) {
    case 3: return (component.options || []).map((o) => ({ label: o.label, value: o.value }));
    case 5: return members;
    case 6: return roles;
    case 7: return members.concat(roles);
    default: return app.directory.channels.map((c) => ({ label: "#" + c.name, value: c.id }));
  }
}

// ---- text ----
function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function markdown(text) {
  let out = escape(text);
  out = out.replace(/&lt;(@!?|@&amp;|#)(\d+)&gt;/g, (_, kind, id) => `<span class="mention">${mention(kind, id)}</span>`);
  out = out.replace(/&lt;t:(\d+)(?::([tTdDfFR]))?&gt;/g, (_, seconds) => `<time>${new Date(Number(seconds) * 1000).toLocaleString()}</time>`);
  out = out.replace(/&lt;a?(:\w+:)\d+&gt;/g, "$1");
  out = out.replace(/`([^`]+)`/g, "<code>$1</code>");
  out = out.replace(/\*\*([^*]+)\*\*/g, "<b>$1</b>");
  out = out.replace(/__([^_]+)__/g, "<u>$1</u>");
  out = out.replace(/(^|[^*])\*([^*\n]+)\*/g, "$1<i>$2</i>");
  out = out.replace(/^-# (.*)$/gm, '<small class="note">$1</small>');
  out = out.replace(/^#{1,3} (.*)$/gm, "<b>$1</b>");
  out = out.replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '<a href="$2" target="_blank" rel="noreferrer">$1</a>');
  return out;
}

function mention(kind, id) {
  const directory = app.directory;
  if (kind === "#") { const c = findChannel(id); return "#" + (c ? c.name : "unknown"); }
  if (kind === "@&amp;") { const r = directory.roles.find((x) => x.id === id); return "@" + (r ? r.name : "unknown-role"); }
  const m = directory.members.find((x) => x.id === id);
  return "@" + (m ? m.name : "unknown-user");
}

function clock(ms) { return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }); }
function html(tag, className, inner) { const e = document.createElement(tag); e.className = className; e.innerHTML = inner; return e; }
function note(text) { const e = document.createElement("div"); e.className = "note"; e.textContent = text; return e; }

"""#
}
