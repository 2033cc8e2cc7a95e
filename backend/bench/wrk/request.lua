-- POST /providers/{id}/patient-requests {"count": 10}: each request asks for the next provider of the file
-- BENCH_REQUEST_FILE (one provider id a line, providers of the largest communities with room), in turn over
-- the threads, so that no provider runs out of room during the run.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
dofile(os.getenv("BENCH_LUA_DIR") .. "/rotation.lua")
read_lines(os.getenv("BENCH_REQUEST_FILE"))
request = function()
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/providers/" .. next_line() .. "/patient-requests", headers, '{"count":10}')
end
