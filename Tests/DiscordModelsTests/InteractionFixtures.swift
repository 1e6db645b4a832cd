/// INTERACTION_CREATE payloads (the `d`), shaped after application-commands.mdx "Example Interaction",
/// the components reference, and DiscordBM's captured modal submit (discord-api.md §7.2).
enum InteractionFixtures {
    static let member = #"""
    "member":{"user":{"id":"1200000000000000012","username":"raider","discriminator":"0","global_name":"Raider",
      "avatar":null,"public_flags":0},"roles":["1400000000000000002"],"premium_since":null,
      "permissions":"2251799813685247","pending":false,"nick":null,"mute":false,
      "joined_at":"2025-05-06T07:08:09.000000+00:00","is_pending":false,"deaf":false,
      "communication_disabled_until":null,"flags":0,"avatar":null,"banner":null}
    """#

    static let common = #"""
    "application_id":"1300000000000000001","guild_id":"1100000000000000001","channel_id":"1600000000000000004",
    "channel":{"id":"1600000000000000004","type":0,"name":"raid-signups","guild_id":"1100000000000000001","flags":0},
    "token":"aW50ZXJhY3Rpb246MTIzNDU2Nzg5MA","version":1,"locale":"en-GB","guild_locale":"en-US",
    "app_permissions":"2251799813685247","entitlements":[],"authorizing_integration_owners":{"0":"1100000000000000001"},
    "context":0,"attachment_size_limit":10485760,
    """#

    static let slashCommand = "{" + common + member + #"""
    ,"id":"1800000000000000020","type":2,"data":{"id":"1900000000000000021","name":"run","type":1,
      "guild_id":"1100000000000000001",
      "options":[{"name":"start","type":1,"options":[
        {"name":"dungeon","type":3,"value":"shatters"},
        {"name":"size","type":4,"value":80},
        {"name":"multiplier","type":10,"value":1.5},
        {"name":"vc","type":5,"value":true},
        {"name":"leader","type":6,"value":"9007199254740993"}]}],
      "resolved":{"users":{"9007199254740993":{"id":"9007199254740993","username":"lead","discriminator":"0"}},
        "members":{"9007199254740993":{"roles":[],"permissions":"0","joined_at":"2025-01-01T00:00:00+00:00",
          "nick":null,"premium_since":null,"pending":false,"communication_disabled_until":null,"flags":0}}}}}
    """#

    static let autocomplete = "{" + common + member + #"""
    ,"id":"1800000000000000022","type":4,"data":{"id":"1900000000000000021","name":"run","type":1,
      "options":[{"name":"start","type":1,"options":[
        {"name":"dungeon","type":3,"value":"sha","focused":true},
        {"name":"size","type":4,"value":"8"}]}]}}
    """#

    static let button = "{" + common + member + #"""
    ,"id":"1800000000000000023","type":3,
      "message":{"id":"1700000000000000013","channel_id":"1600000000000000004","type":0,"content":"",
        "author":{"id":"1300000000000000001","username":"raidbot","bot":true},"embeds":[],"attachments":[],
        "mentions":[],"mention_roles":[],"timestamp":"2026-11-30T01:02:03.456000+00:00","edited_timestamp":null,
        "flags":0,"components":[{"type":1,"components":[{"type":2,"style":3,"label":"Join","custom_id":"run:join:42"}]}]},
      "data":{"custom_id":"run:join:42","component_type":2}}
    """#

    static let stringSelect = "{" + common + member + #"""
    ,"id":"1800000000000000024","type":3,
      "data":{"custom_id":"run:class:42","component_type":3,"values":["priest","warrior"]}}
    """#

    static let modalSubmit = "{" + common + member + #"""
    ,"id":"1800000000000000025","type":5,
      "message":{"id":"1700000000000000013","channel_id":"1600000000000000004","content":"panel"},
      "data":{"custom_id":"verify:ign","components":[
        {"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"ign","value":"Oryx3"}},
        {"type":1,"id":3,"components":[{"type":4,"id":4,"custom_id":"reason","value":"alt account"}]},
        {"type":18,"id":5,"component":{"type":3,"id":6,"custom_id":"server","values":["USEast"]}}]}}
    """#

    static let dmCommand = #"""
    {"id":"1800000000000000026","application_id":"1300000000000000001","type":2,"channel_id":"1600000000000000011",
     "user":{"id":"1200000000000000012","username":"raider"},"token":"dG9rZW4","version":1,"context":1,
     "data":{"id":"1900000000000000027","name":"modmail","type":1}}
    """#

    static let futureType = "{" + common + member + #"""
    ,"id":"1800000000000000028","type":77,"data":{"something":"new"}}
    """#

    static let mismatchedData = "{" + common + member + #"""
    ,"id":"1800000000000000029","type":3,"data":{"unexpected":true}}
    """#
}
