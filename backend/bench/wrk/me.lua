-- Not part of make bench: the framework's cost without the database, for profiling by hand.
-- GET /api/v1/me (token check, no SQL) or BENCH_PATH, e.g. BENCH_PATH=/q/health/live.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = function() return wrk.format("GET", os.getenv("BENCH_PATH") or "/api/v1/me", headers) end
