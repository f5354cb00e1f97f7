from fastapi import FastAPI
from routers import search

app = FastAPI()
app.include_router(search.router, prefix="/api")


@app.get("/health")
async def health():
    return {"ok": True}
