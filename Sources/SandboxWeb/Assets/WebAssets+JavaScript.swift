extension WebAssets {
    /// The page's behaviour: state, the live event stream, Discord-like rendering, and the member's
    /// actions (console lines, buttons, selects, modals), all through `/web/api`.
    static let javascript = #"""
const $ = (id) => document.getElementById(id);
const app = {
  boot: null, directory: null, commands: [], tour: [], tourAt: 0,
  memberName: null, memberID: null, channelID: null, defaultChannel: null,
  messages: new Map(), events: null, modal: null,
};
window.app = app; // a module's names are private: this is for the browser test and the curious

// ---- server calls ----
async function api(path, body) {
  const options = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const response = await fetch("/web/api/" + path, options);
  let data = {};
  try { data = await response.json(); } catch { data = { error: `HTTP ${response.status}` }; }
  if (!response.ok && !data.error) data.error = data.message || (data.error && data.error.message) || `HTTP ${response.status}`;
  if (data.error && typeof data.error === "object") data.error = data.error.message || JSON.stringify(data.error);
  return data;
}

function log(text, kind) {
  const item = document.createElement("li");
  item.textContent = text;
  if (kind) item.className = kind;
  $("log").append(item);
  item.scrollIntoView({ block: "nearest" });
}

function toast(text) {
  log("✗ " + text, "error");
  const element = $("toast");
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { element.hidden = true; }, 5000);
}

// ---- state and the live stream ----
async function loadState() {
  const state = await api("state" + (app.memberID ? `?as=${app.memberID}` : ""));
  if (state.error) throw new Error(state.error);
  app.boot = state.boot;
  app.commands = state.commands;
  app.defaultChannel = state.defaultChannel;
  app.tour = tourSteps(state.tour);
  applyDirectory(state);
  const wanted = app.memberName || state.defaultMember;
  const member = state.members.find((m) => m.name === wanted) || state.members.find((m) => !m.bot);
  app.memberName = member.name;
  app.memberID = member.id;
  if (!findChannel(app.channelID) && app.channelID !== NEW_DM) app.channelID = state.defaultChannel;
  renderMembers();
  renderTour();
}

function connect() {
  if (app.events) app.events.close();
  app.messages.clear();
  renderChannels();
  renderMessages();
  const events = new EventSource(`/web/api/events?as=${app.memberID}`);
  app.events = events;
  events.addEventListener("hello", (event) => hello(JSON.parse(event.data)));
  events.addEventListener("directory", (event) => { applyDirectory(JSON.parse(event.data)); });
  events.addEventListener("upsert", (event) => upsert(JSON.parse(event.data)));
  events.addEventListener("remove", (event) => remove(JSON.parse(event.data)));
  events.onerror = () => {
    if (app.events !== events) return;
    banner("The sandbox went away. Reconnecting…");
    // A refused stream (the new process not ready yet) is not retried by the browser: retry here.
    if (events.readyState === EventSource.CLOSED) setTimeout(() => { if (app.events === events) connect(); }, 1000);
  };
}

async function hello(data) {
  if (app.boot && data.boot !== app.boot) {
    banner("The bot restarted under the page: this is a fresh guild.", "info");
    setTimeout(() => banner(null), 4000);
    app.channelID = null;
    await loadState();
    connect();
    return;
  }
  banner(null);
}

function banner(text, kind) {
  const element = $("banner");
  element.hidden = !text;
  element.textContent = text || "";
  element.className = kind || "";
}

function applyDirectory(directory) {
  app.directory = directory;
  if (app.channelID === NEW_DM && directory.dms.length) app.channelID = directory.dms[0].id;
  $("guildName").textContent = directory.guild;
  renderChannels();
  renderMembers();
  renderMessages();
}

function upsert(message) {
  app.messages.set(message.id, message);
  if (message.channel === app.channelID) renderMessage(message);
}

function remove(data) {
  app.messages.delete(data.id);
  const element = document.querySelector(`.msg[data-id="${data.id}"]`);
  if (element) element.remove();
}

// ---- sidebar and member switcher ----
function findChannel(id) {
  if (!app.directory || !id) return null;
  return app.directory.channels.concat(app.directory.dms).find((c) => c.id === id) || null;
}

function renderChannels() {
  if (!app.directory) return;
  const list = $("channels");
  list.replaceChildren();
  const channels = app.directory.channels.filter((c) => c.kind !== 4);
  for (const channel of channels.filter((c) => !c.thread)) {
    list.append(channelItem(channel, "#"));
    for (const thread of channels.filter((c) => c.thread && c.parent === channel.id)) list.append(channelItem(thread, "🧵"));
  }
  for (const orphan of channels.filter((c) => c.thread && !channels.some((p) => p.id === c.parent))) list.append(channelItem(orphan, "🧵"));
  // Before the bot has a DM with this member, the entry opens an empty one (the member writes first).
  const dms = app.directory.dms.length ? app.directory.dms : [{ id: NEW_DM, name: "raidbot", kind: 1 }];
  $("dms").replaceChildren(...dms.map((dm) => channelItem(dm, "✉", "raidbot")));
  const current = findChannel(app.channelID);
  $("channelTitle").textContent = isDM() ? "✉ raidbot" : current ? (current.thread ? "🧵 " : "# ") + current.name : "";
  $("commandInput").placeholder = isDM() ? "Message raidbot (a / starts a command or console line as usual)"
    : "Type / for the bot's commands, or a console line (as rin, click Join, …)";
}

const NEW_DM = "new-dm";
function isDM() {
  const current = findChannel(app.channelID);
  return app.channelID === NEW_DM || (current && current.kind === 1);
}

function channelItem(channel, icon, label) {
  const item = document.createElement("li");
  item.textContent = `${icon} ${label || channel.name}`;
  item.dataset.id = channel.id;
  item.dataset.name = channel.kind === 1 ? "dm" : channel.name;
  if (channel.thread) item.classList.add("thread");
  if (channel.id === app.channelID) item.classList.add("active");
  item.onclick = () => showChannel(channel.id);
  return item;
}

function showChannel(id) {
  app.channelID = id;
  renderChannels();
  renderMessages();
}

function renderMembers() {
  if (!app.directory) return;
  const select = $("member");
  select.replaceChildren(...app.directory.members.filter((m) => !m.bot).map((m) => {
    const option = new Option(m.name, m.name, false, m.name === app.memberName);
    return option;
  }));
  select.value = app.memberName;
}

async function actAs(name, quiet) {
  if (name === app.memberName) return;
  const member = app.directory.members.find((m) => m.name === name);
  if (!member) return toast(`No member is named ${name}.`);
  if (isDM()) app.channelID = NEW_DM; // each member has their own DM with the bot
  app.memberName = name;
  app.memberID = member.id;
  if (!quiet) log(`You are now ${name}.`);
  connect();
  renderMembers();
}

async function joinMember() {
  const name = $("newMember").value.trim();
  if (!name) return;
  const answer = await api("members", { name });
  if (answer.error) return toast(answer.error);
  $("newMember").value = "";
  app.directory.members.push({ id: answer.member, name, bot: false, roles: [] });
  await actAs(name);
}

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

// ---- acting ----
function commandChannel() { return app.channelID === NEW_DM ? app.defaultChannel : app.channelID; }

async function act(path, body, label) {
  log("> " + label);
  const answer = await api(path, { as: app.memberID, channel: commandChannel(), ...body });
  return handleAnswer(answer);
}

function handleAnswer(answer) {
  if (answer.error) { toast(answer.error); return answer; }
  for (const line of answer.lines || []) log(line);
  if (answer.member && answer.name) {
    if (!app.directory.members.some((m) => m.id === answer.member)) app.directory.members.push({ id: answer.member, name: answer.name, bot: false, roles: [] });
    actAs(answer.name, true); // the server's lines already said so
  }
  if (answer.channel && !answer.modal) showChannel(answer.channel);
  if (answer.modal) openModal(answer);
  return answer;
}

async function sendLine(line) {
  if (!line.trim()) return;
  if (isDM() && !line.startsWith("/") && !/^(as|click|select|submit|show|members|help)\b/.test(line)) {
    log("> (DM) " + line);
    return handleAnswer(await api("dm", { as: app.memberID, content: line }));
  }
  log("> " + line);
  return handleAnswer(await api("line", { as: app.memberID, channel: commandChannel(), line }));
}

// ---- the command box: the bot's registered commands, their options, autocomplete ----
function commandNamed(name) { return app.commands.find((c) => c.name === name); }

function suggest() {
  const text = $("commandInput").value;
  const list = $("suggestions");
  const match = /^\/(\S*)$/.exec(text);
  if (!match) { list.hidden = true; return; }
  const found = app.commands.filter((c) => c.name.startsWith(match[1])).sort((a, b) => a.name.localeCompare(b.name));
  list.replaceChildren(...found.map((command) => {
    const item = document.createElement("li");
    item.dataset.name = command.name;
    item.innerHTML = `/${escape(command.name)}<small>${escape(command.description || "")}</small>`;
    item.onclick = () => chooseCommand(command.name);
    return item;
  }));
  list.hidden = found.length === 0;
}

function chooseCommand(name) {
  const command = commandNamed(name);
  $("commandInput").value = "/" + name;
  $("suggestions").hidden = true;
  const box = $("options");
  box.replaceChildren();
  for (const option of command.options || []) box.append(optionField(command, option));
  box.hidden = !(command.options || []).length;
  const first = box.querySelector("input, select");
  if (first) first.focus();
}

function optionField(command, option) {
  const label = document.createElement("label");
  label.textContent = option.name + (option.required ? " *" : "") + (option.description ? ` — ${option.description}` : "");
  let input;
  const named = (items) => { const s = document.createElement("select"); s.append(new Option("", "")); for (const i of items) s.append(new Option(i, i)); return s; };
  if (option.choices && option.choices.length) {
    input = document.createElement("select");
    input.append(new Option("", ""));
    for (const choice of option.choices) input.append(new Option(choice.name, String(choice.value)));
  } else if (option.type === 5) input = named(["true", "false"]);
  else if (option.type === 6 || option.type === 9) input = named(app.directory.members.filter((m) => !m.bot).map((m) => m.name));
  else if (option.type === 8) input = named(app.directory.roles.map((r) => r.name));
  else if (option.type === 7) input = named(app.directory.channels.filter((c) => c.kind !== 4).map((c) => c.name));
  else {
    input = document.createElement("input");
    if (option.max_length) input.maxLength = option.max_length;
    if (option.type === 11) input.placeholder = "file name, e.g. screenshot.png";
    if (option.autocomplete) {
      const list = document.createElement("datalist");
      list.id = `choices-${option.name}`;
      input.setAttribute("list", list.id);
      input.addEventListener("input", () => autocomplete(command, option, input, list));
      input.addEventListener("focus", () => autocomplete(command, option, input, list));
      label.append(list);
    }
  }
  input.id = `opt-${option.name}`;
  input.dataset.option = option.name;
  label.append(input);
  return label;
}

async function autocomplete(command, option, input, list) {
  const answer = await api("autocomplete", {
    as: app.memberID, channel: commandChannel(), command: command.name, focused: option.name, options: filledOptions(),
  });
  if (answer.error) return;
  list.replaceChildren(...(answer.choices || []).map((c) => new Option(c.name, String(c.value))));
}

function filledOptions() {
  return [...$("options").querySelectorAll("[data-option]")]
    .filter((input) => input.value !== "" || input === document.activeElement)
    .map((input) => ({ name: input.dataset.option, value: input.value }));
}

function commandLine() {
  const text = $("commandInput").value.trim();
  const match = /^\/(\S+)$/.exec(text);
  if (!match || !commandNamed(match[1]) || $("options").hidden) return text;
  const parts = filledOptions().filter((o) => o.value !== "").map((o) => `${o.name}:"${o.value.replace(/"/g, "'")}"`);
  return [text, ...parts].join(" ");
}

async function submitCommand(event) {
  event.preventDefault();
  const line = commandLine();
  $("commandInput").value = "";
  $("options").hidden = true;
  $("options").replaceChildren();
  $("suggestions").hidden = true;
  await sendLine(line);
}

// ---- modals ----
function openModal(answer) {
  const modal = answer.modal;
  app.modal = { customID: modal.custom_id, channel: answer.channel, message: answer.message };
  $("modalTitle").textContent = modal.title || "";
  $("modalError").textContent = "";
  const fields = $("modalFields");
  fields.replaceChildren();
  for (const input of textInputs(modal.components || [])) {
    const label = document.createElement("label");
    label.textContent = input.label || input.custom_id;
    const field = document.createElement(input.style === 2 ? "textarea" : "input");
    field.name = input.custom_id;
    field.id = `modal-${input.custom_id}`;
    if (input.placeholder) field.placeholder = input.placeholder;
    if (input.value) field.value = input.value;
    if (input.max_length) field.maxLength = input.max_length;
    if (input.min_length) field.minLength = input.min_length;
    field.required = input.required !== false;
    label.append(field);
    fields.append(label);
  }
  $("modal").hidden = false;
  const first = fields.querySelector("input, textarea");
  if (first) first.focus();
}

function textInputs(components) {
  const found = [];
  for (const component of components) {
    if (component.type === 4) found.push({ ...component, label: component.label || component.__label });
    const children = (component.components || []).concat(component.component ? [{ ...component.component, __label: component.label }] : []);
    found.push(...textInputs(children));
  }
  return found;
}

async function submitModal(event) {
  event.preventDefault();
  const fields = {};
  for (const field of $("modalFields").querySelectorAll("input, textarea")) {
    if (field.maxLength > 0 && field.value.length > field.maxLength) {
      $("modalError").textContent = `${field.name} is at most ${field.maxLength} characters (${field.value.length} now).`;
      return;
    }
    fields[field.name] = field.value;
  }
  const modal = app.modal;
  $("modal").hidden = true;
  await act("submit", { channel: modal.channel, message: modal.message, modal: modal.customID, fields }, `submit ${modal.customID}`);
}

// ---- the guided tour ----
function tourSteps(lines) {
  const steps = [];
  let narration = [];
  for (const line of lines) {
    const text = line.trim();
    if (text.startsWith("#")) { narration.push(text.replace(/^#\s?/, "")); continue; }
    if (!text) { narration = []; continue; } // a comment block tells about the lines right below it
    if (text === "quit") continue;
    steps.push({ narration: narration.join("\n"), line: text });
    narration = [];
  }
  return steps;
}

function renderTour() {
  const step = app.tour[app.tourAt];
  $("tourNarration").textContent = step ? step.narration : "The tour is over. Carry on as you like.";
  $("tourLine").textContent = step ? step.line : "";
  $("tourNext").disabled = !step;
}

async function tourNext() {
  const step = app.tour[app.tourAt];
  if (!step) return;
  app.tourAt += 1;
  renderTour();
  const answer = await sendLine(step.line);
  if (answer && answer.modal) log("(fill in the form to carry on)");
}

// ---- start ----
async function start() {
  $("commandForm").addEventListener("submit", submitCommand);
  $("commandInput").addEventListener("input", suggest);
  $("commandInput").addEventListener("keydown", (event) => {
    if (event.key === "Tab" && !$("suggestions").hidden) {
      event.preventDefault();
      const first = $("suggestions").querySelector("li");
      if (first) chooseCommand(first.dataset.name);
    }
  });
  $("member").addEventListener("change", () => actAs($("member").value));
  $("joinMember").addEventListener("click", joinMember);
  $("modalForm").addEventListener("submit", submitModal);
  $("modalCancel").addEventListener("click", () => { $("modal").hidden = true; });
  $("tourNext").addEventListener("click", tourNext);
  for (;;) {
    try { await loadState(); break; } catch { banner("Waiting for the sandbox…"); await new Promise((r) => setTimeout(r, 1000)); }
  }
  connect();
  document.body.dataset.ready = "true";
}

start();
"""#
}
