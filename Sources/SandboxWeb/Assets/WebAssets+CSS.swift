extension WebAssets {
    /// Discord's dark theme, approximately: colours, embed bars, button styles.
    static let css = #"""
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.4 "gg sans", "Noto Sans", system-ui, sans-serif; background: #313338; color: #dbdee1; height: 100vh; display: flex; flex-direction: column; }
#banner { background: #f23f43; color: #fff; padding: 6px 12px; text-align: center; font-weight: 600; }
#banner.info { background: #5865f2; }
#top { display: flex; gap: 12px; align-items: center; padding: 8px 12px; background: #1e1f22; }
#top .brand { font-weight: 700; color: #fff; }
#guildName { color: #949ba4; margin-right: auto; }
select, input, textarea, button { font: inherit; }
input, textarea, select { background: #1e1f22; color: #dbdee1; border: 1px solid #3f4147; border-radius: 4px; padding: 4px 8px; }
button { cursor: pointer; border: 0; border-radius: 3px; padding: 4px 12px; background: #4e5058; color: #fff; }
#layout { flex: 1; display: grid; grid-template-columns: 220px 1fr 300px; min-height: 0; }
#sidebar { background: #2b2d31; padding: 8px; overflow-y: auto; }
#sidebar h2, #side h2 { font-size: 12px; text-transform: uppercase; color: #949ba4; margin: 12px 4px 4px; }
#sidebar ul { list-style: none; margin: 0; padding: 0; }
#sidebar li { padding: 3px 8px; border-radius: 4px; cursor: pointer; color: #949ba4; }
#sidebar li.thread { padding-left: 22px; font-size: 14px; }
#sidebar li.active { background: #404249; color: #fff; }
#sidebar li:hover { background: #35373c; }
#channel { display: flex; flex-direction: column; min-height: 0; }
#channelTitle { font-size: 16px; margin: 0; padding: 12px 16px; border-bottom: 1px solid #1f2023; color: #f2f3f5; }
#messages { flex: 1; overflow-y: auto; padding: 8px 0; }
.msg { display: flex; gap: 12px; padding: 4px 16px; }
.msg:hover { background: #2e3035; }
.msg.ephemeral { background: #2f3146; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: #fff; display: grid; place-items: center; font-weight: 700; flex: none; }
.msg .body { min-width: 0; flex: 1; }
.head .author { font-weight: 600; color: #f2f3f5; }
.head .tag { background: #5865f2; color: #fff; font-size: 10px; border-radius: 3px; padding: 1px 4px; margin-left: 4px; vertical-align: middle; }
.head time, .edited { color: #949ba4; font-size: 12px; margin-left: 6px; }
.content { white-space: pre-wrap; word-wrap: break-word; }
.note { color: #949ba4; font-size: 12px; }
.mention { background: rgba(88,101,242,.3); color: #c9cdfb; border-radius: 3px; padding: 0 2px; }
code { background: #1e1f22; border-radius: 3px; padding: 0 3px; }
.embed { display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; background: #2b2d31; border-left: 4px solid #1e1f22; border-radius: 4px; padding: 8px 16px 12px 12px; margin-top: 4px; max-width: 520px; }
.embed > * { grid-column: 1; }
.embed .thumb { grid-column: 2; grid-row: 1 / span 4; width: 80px; height: 80px; border-radius: 4px; object-fit: cover; background: #1e1f22; }
.embed .title { font-weight: 600; color: #f2f3f5; }
.embed .desc { white-space: pre-wrap; font-size: 14px; }
.embed .fields { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.embed .field { grid-column: 1 / -1; font-size: 14px; }
.embed .field.inline { grid-column: auto; }
.embed .field b { display: block; color: #f2f3f5; }
.embed .footer { font-size: 12px; color: #949ba4; }
.components { margin-top: 4px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.btn.s1 { background: #5865f2; } .btn.s2 { background: #4e5058; } .btn.s3 { background: #248046; } .btn.s4 { background: #da373c; } .btn.s5 { background: #4e5058; }
.btn:disabled { opacity: .5; cursor: not-allowed; }
.container { border-left: 4px solid #4e5058; background: #2b2d31; border-radius: 8px; padding: 8px 12px; margin-top: 4px; max-width: 560px; }
.separator { border-top: 1px solid #3f4147; margin: 8px 0; }
#commandForm { position: relative; display: flex; flex-wrap: wrap; gap: 8px; padding: 12px 16px; }
#commandInput { flex: 1; padding: 10px; background: #383a40; border: 0; border-radius: 8px; }
#suggestions { position: absolute; bottom: 100%; left: 16px; right: 16px; list-style: none; margin: 0; padding: 4px; background: #2b2d31; border-radius: 8px; max-height: 280px; overflow-y: auto; }
#suggestions li { padding: 6px 8px; border-radius: 4px; cursor: pointer; }
#suggestions li:hover, #suggestions li.active { background: #404249; }
#suggestions small { color: #949ba4; margin-left: 8px; }
#options { width: 100%; display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 6px; }
#options label { display: flex; flex-direction: column; font-size: 12px; color: #b5bac1; }
#side { background: #2b2d31; padding: 8px; overflow-y: auto; }
#tourLine { display: block; margin: 6px 0; white-space: pre-wrap; }
#tourNarration { font-size: 13px; color: #b5bac1; white-space: pre-wrap; }
#log { font: 12px/1.4 ui-monospace, monospace; padding-left: 18px; margin: 0; }
#log li.error { color: #f23f43; }
#modal { position: fixed; inset: 0; background: rgba(0,0,0,.7); display: grid; place-items: center; }
#modal[hidden], #banner[hidden], #toast[hidden] { display: none; }
#modalForm { background: #313338; border-radius: 8px; padding: 16px; width: 440px; display: flex; flex-direction: column; gap: 10px; }
#modalForm label { display: flex; flex-direction: column; gap: 4px; font-size: 12px; font-weight: 700; text-transform: uppercase; color: #b5bac1; }
#modalError { color: #f23f43; margin: 0; }
#modalForm .actions { display: flex; justify-content: flex-end; gap: 8px; }
#modalSubmit { background: #5865f2; }
#toast { position: fixed; bottom: 90px; left: 50%; transform: translateX(-50%); background: #f23f43; color: #fff; padding: 8px 14px; border-radius: 6px; max-width: 70vw; }
"""#
}
