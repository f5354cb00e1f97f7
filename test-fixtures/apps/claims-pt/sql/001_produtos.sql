CREATE TABLE IF NOT EXISTS produtos (
  id             SERIAL PRIMARY KEY,
  nome           TEXT    NOT NULL,
  descricao      TEXT    NOT NULL DEFAULT '',
  preco_centavos INTEGER NOT NULL CHECK (preco_centavos >= 0),
  estoque        INTEGER NOT NULL DEFAULT 0,
  criado_em      TIMESTAMPTZ NOT NULL DEFAULT now()
);
