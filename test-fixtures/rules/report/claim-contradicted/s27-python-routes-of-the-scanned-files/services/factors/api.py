from fastapi import APIRouter

router = APIRouter()


@router.get("/factors/{factor_id}")
def read_factor(factor_id: str):
    return {"id": factor_id}
