-- POST /waitlist-entries/{id}/attach: each connection attaches its own WAITING entries (file
-- BENCH_ATTACH_FILE: "entryId providerId" lines), in order, never one twice.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
dofile(os.getenv("BENCH_LUA_DIR") .. "/rotation.lua")
read_lines(os.getenv("BENCH_ATTACH_FILE"))
request = function()
  local entry, provider = next_line():match("(%S+) (%S+)")
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/waitlist-entries/" .. entry .. "/attach", headers,
    '{"providerId":"' .. provider .. '","includeHousehold":false}')
end
