/// The page's assets, compiled into the binary so `raidbot sandbox --web` needs no files, CDN or
/// build step: one HTML page, one stylesheet, one script.
enum WebAssets {}

extension WebAssets {
    /// The single page: guild sidebar, channel pane with command box, tour and console panes.
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>raidbot sandbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/web/app.css">
</head>
<body>
<div id="banner" hidden></div>
<header id="top">
  <span class="brand">raidbot sandbox</span>
  <span id="guildName"></span>
  <label>Playing as <select id="member"></select></label>
  <input id="newMember" placeholder="new member name" maxlength="32">
  <button id="joinMember" type="button">Join guild</button>
</header>
<main id="layout">
  <nav id="sidebar">
    <h2>Channels</h2>
    <ul id="channels"></ul>
    <h2>Direct messages</h2>
    <ul id="dms"></ul>
  </nav>
  <section id="channel">
    <h1 id="channelTitle"># …</h1>
    <div id="messages" aria-live="polite"></div>
    <form id="commandForm" autocomplete="off">
      <ul id="suggestions" hidden></ul>
      <div id="options" hidden></div>
      <input id="commandInput" placeholder="Type / for the bot's commands, or a console line (as rin, click Join, …)">
      <button id="send" type="submit">Send</button>
    </form>
  </section>
  <aside id="side">
    <section id="tour">
      <h2>Guided tour</h2>
      <p id="tourNarration"></p>
      <code id="tourLine"></code>
      <button id="tourNext" type="button">Next step</button>
    </section>
    <section>
      <h2>Console</h2>
      <ol id="log"></ol>
    </section>
  </aside>
</main>
<div id="modal" hidden>
  <form id="modalForm">
    <h2 id="modalTitle"></h2>
    <div id="modalFields"></div>
    <p id="modalError"></p>
    <div class="actions"><button type="button" id="modalCancel">Cancel</button><button type="submit" id="modalSubmit">Submit</button></div>
  </form>
</div>
<div id="toast" hidden></div>
<script type="module" src="/web/app.js"></script>
</body>
</html>
"""#
}
