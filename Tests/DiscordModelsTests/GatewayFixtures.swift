/// Hand-written gateway frames shaped after discord-api-docs field tables (discord-api.md §7.2):
/// ids above 2^53, unknown fields, members without `user`, null timeouts.
enum GatewayFixtures {
    static let hello = #"{"t":null,"s":null,"op":10,"d":{"heartbeat_interval":41250,"_trace":["gateway-prd-1"]}}"#
    static let heartbeatACK = #"{"op":11}"#
    static let heartbeatRequest = #"{"t":null,"s":null,"op":1,"d":null}"#
    static let reconnect = #"{"t":null,"s":null,"op":7,"d":null}"#
    static let invalidSessionResumable = #"{"t":null,"s":null,"op":9,"d":true}"#
    static let invalidSessionFresh = #"{"t":null,"s":null,"op":9,"d":false}"#
    static let unknownOpcode = #"{"t":null,"s":null,"op":42,"d":{"x":1}}"#
    static let unknownEvent = #"{"t":"SOUNDBOARD_SOUNDS","s":5,"op":0,"d":{"soundboard_sounds":[]}}"#
    static let brokenInteraction = #"{"t":"INTERACTION_CREATE","s":6,"op":0,"d":{"id":"not-a-number","type":3}}"#
    static let resumed = #"{"t":"RESUMED","s":44,"op":0,"d":{"_trace":["x"]}}"#

    static let ready = #"""
    {"t":"READY","s":1,"op":0,"d":{
      "v":10,"user_settings":{},"user":{"id":"1300000000000000001","username":"raidbot","discriminator":"0",
        "global_name":null,"avatar":null,"bot":true,"verified":true,"mfa_enabled":false,"flags":0},
      "session_type":"normal","session_id":"9a8b7c6d5e4f","resume_gateway_url":"wss://gateway-us-east1-b.discord.gg",
      "relationships":[],"private_channels":[],"presences":[],
      "guilds":[{"id":"1100000000000000001","unavailable":true}],
      "geo_ordered_rtc_regions":["us-east"],"guild_join_requests":[],
      "shard":[0,1],"application":{"id":"1300000000000000001","flags":565248},"_trace":["[\"gateway-prd\"]"]}}
    """#

    static let guildCreate = #"""
    {"t":"GUILD_CREATE","s":2,"op":0,"d":{
      "id":"1100000000000000001","name":"Pub Halls","icon":null,"owner_id":"1200000000000000009",
      "features":["COMMUNITY","NEW_FEATURE_FROM_THE_FUTURE"],"preferred_locale":"en-US","system_channel_id":null,
      "joined_at":"2026-01-02T03:04:05.678000+00:00","large":false,"unavailable":false,"member_count":3,
      "roles":[
        {"id":"1100000000000000001","name":"@everyone","color":0,"colors":{"primary_color":0},"hoist":false,"icon":null,
         "unicode_emoji":null,"position":0,"permissions":"2248473465835073","managed":false,"mentionable":false,"flags":0},
        {"id":"1400000000000000002","name":"Raid Leader","color":15844367,"hoist":true,"position":5,
         "permissions":"1099511627776","managed":false,"mentionable":true,"flags":0,"tags":{"guild_connections":null}}],
      "emojis":[{"id":"1500000000000000003","name":"keypop","animated":false,"roles":[],"require_colons":true}],
      "stickers":[],"voice_states":[],"presences":[],"stage_instances":[],"guild_scheduled_events":[],
      "members":[{"user":{"id":"1300000000000000001","username":"raidbot","discriminator":"0","bot":true},
        "roles":[],"joined_at":"2026-01-02T03:04:05.678000+00:00","deaf":false,"mute":false,"flags":0,
        "pending":false,"communication_disabled_until":null,"premium_since":null,"nick":null}],
      "channels":[
        {"id":"1600000000000000004","type":0,"name":"raid-signups","position":1,"parent_id":"1600000000000000005",
         "topic":null,"nsfw":false,"rate_limit_per_user":0,"last_message_id":null,"flags":0,
         "permission_overwrites":[{"id":"1100000000000000001","type":0,"allow":"0","deny":"2048"}]},
        {"id":"1600000000000000005","type":4,"name":"Raids","position":0,"permission_overwrites":[]},
        {"id":"1600000000000000006","type":99,"name":"future-channel-kind","position":2}],
      "threads":[{"id":"1600000000000000007","type":11,"name":"run 42 logs","parent_id":"1600000000000000004",
        "owner_id":"1300000000000000001","member_count":2,"message_count":5,
        "thread_metadata":{"archived":false,"auto_archive_duration":1440,
          "archive_timestamp":"2026-01-02T03:04:05.678000+00:00","locked":false}}]}}
    """#

    static let messageCreateDM = #"""
    {"t":"MESSAGE_CREATE","s":3,"op":0,"d":{
      "id":"1700000000000000010","channel_id":"1600000000000000011","type":0,"content":"I was suspended by mistake",
      "author":{"id":"1200000000000000012","username":"raider","discriminator":"0","global_name":"Raider","avatar":null},
      "attachments":[],"embeds":[],"mentions":[],"mention_roles":[],"pinned":false,"mention_everyone":false,"tts":false,
      "timestamp":"2026-11-30T01:02:03.456000+00:00","edited_timestamp":null,"flags":0,"components":[],
      "nonce":"1700000000000000009","channel_type":1}}
    """#

    static let messageCreateGuild = #"""
    {"t":"MESSAGE_CREATE","s":4,"op":0,"d":{
      "id":"1700000000000000013","channel_id":"1600000000000000004","guild_id":"1100000000000000001","type":0,
      "content":"","author":{"id":"1200000000000000012","username":"raider"},
      "member":{"roles":["1400000000000000002"],"joined_at":"2025-05-06T07:08:09+00:00","deaf":false,"mute":false,
        "communication_disabled_until":null},
      "attachments":[],"embeds":[{"type":"rich","title":"Run","color":3447003,"fields":[{"name":"a","value":"b","inline":true}]}],
      "mentions":[],"mention_roles":[],"timestamp":"2026-11-30T01:02:03.456000+00:00","edited_timestamp":null,
      "components":[{"type":1,"id":1,"components":[{"type":2,"id":2,"style":3,"label":"Join","custom_id":"run:join:42"}]},
        {"type":17,"id":3,"components":[{"type":10,"id":4,"content":"V2 text"}]}]}}
    """#

    static let guildMemberUpdate = #"""
    {"t":"GUILD_MEMBER_UPDATE","s":5,"op":0,"d":{
      "guild_id":"1100000000000000001","roles":["1400000000000000002"],
      "user":{"id":"1200000000000000012","username":"raider","discriminator":"0","avatar":null},
      "nick":"Raider","avatar":null,"joined_at":"2025-05-06T07:08:09.000000+00:00","premium_since":null,
      "pending":false,"communication_disabled_until":"2026-12-01T00:00:00+00:00","flags":0,"deaf":false,"mute":false}}
    """#
}
