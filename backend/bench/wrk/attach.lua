-- POST /waitlist-entries/{id}/attach: each connection attaches its own WAITING entries (file
-- BENCH_ATTACH_FILE: "entryId providerId" lines), in order, never one twice.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local lines = {}
for line in io.lines(os.getenv("BENCH_ATTACH_FILE")) do
  lines[#lines + 1] = line
end
local threads = tonumber(os.getenv("BENCH_THREADS"))
local counter = 1
function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
end
local next_line
function init(args)
  next_line = first
end
request = function()
  local entry, provider = lines[next_line]:match("(%S+) (%S+)")
  next_line = next_line + threads
  if next_line > #lines then next_line = first end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/waitlist-entries/" .. entry .. "/attach", headers,
    '{"providerId":"' .. provider .. '","includeHousehold":false}')
end
