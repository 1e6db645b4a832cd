extension WebAssets {
    /// The member's actions: console lines and answers, the command box with autocomplete,
    /// modals, and the guided tour.
    static let javascriptActions = #"""
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
  const subcommands = (command.options || []).filter((o) => o.type === 1 || o.type === 2).map((o) => o.name);
  if (subcommands.length) { // typed on the line: /name <subcommand> option:value …
    $("commandInput").value = `/${name} ${subcommands[0]} `;
    box.textContent = `Subcommands: ${subcommands.join(", ")}. Type options as name:value after it.`;
    box.hidden = false;
    $("commandInput").focus();
    return;
  }
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

"""#
}
