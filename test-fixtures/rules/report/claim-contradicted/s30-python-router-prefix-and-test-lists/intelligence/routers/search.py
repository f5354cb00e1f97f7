from fastapi import APIRouter

router = APIRouter(prefix="/search", tags=["search"])


@router.post(
    "/query",
    summary="Rank stored passages for a question",
)
async def query(payload: dict):
    return {"results": []}


@router.post("/answer")
async def answer(payload: dict):
    return {"answer": ""}
