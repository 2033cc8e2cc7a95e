-- POST /providers/{id}/patient-requests {"count": 10}: each request asks for the next provider of the file
-- BENCH_REQUEST_FILE (one provider id a line, providers of the largest communities with room), in turn over
-- the connections, so that no provider runs out of room during the run.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local providers = {}
for line in io.lines(os.getenv("BENCH_REQUEST_FILE")) do
  providers[#providers + 1] = line
end
local threads = tonumber(os.getenv("BENCH_THREADS"))
local counter = 1
function setup(thread)
  thread:set("first", counter)
  counter = counter + 1
end
local next_provider
function init(args)
  next_provider = first
end
request = function()
  local provider = providers[next_provider]
  next_provider = next_provider + threads
  if next_provider > #providers then next_provider = first end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/providers/" .. provider .. "/patient-requests", headers, '{"count":10}')
end
