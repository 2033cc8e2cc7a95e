-- GET /waitlist-entries of the largest community with filters, a random one of the first 10 pages.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local query = os.getenv("BENCH_WAITLIST_QUERY")
request = function()
  return wrk.format("GET", "/api/v1/waitlist-entries?" .. query .. "&size=20&page=" .. math.random(0, 9), headers)
end
