extension WebAssets {
    /// The page's behaviour, served as one script: state and the live event stream, Discord-like
    /// rendering, and the member's actions (console lines, buttons, selects, modals), all through
    /// `/web/api`. Each part lives in its own file; `start()` runs last, once all are defined.
    static let javascript = [javascriptCore, javascriptRendering, javascriptActions, javascriptStart].joined(separator: "\n")

    /// Server calls, state, the live stream, the sidebar and the member switcher.
    static let javascriptCore = #"""
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

"""#

    /// Wiring the page's controls, then loading and connecting.
    static let javascriptStart = #"""
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
