-- The public statistics, no token: BENCH_STATISTICS_PATH (the province, or the communities' first page) over
-- the last 12 closed months (BENCH_STATISTICS_FROM, YYYY-MM), as JSON.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local path = os.getenv("BENCH_STATISTICS_PATH") .. "?from=" .. os.getenv("BENCH_STATISTICS_FROM")
request = function()
  return wrk.format("GET", path, headers)
end
