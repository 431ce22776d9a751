# One image for both workers and the CLI: `sitrep worker extractor|aggregator`, `sitrep publish ...`.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY services ./services
RUN pip install .
RUN useradd --create-home --uid 10001 sitrep && mkdir -p /var/lib/sitrep && chown sitrep /var/lib/sitrep
USER sitrep
ENV SITREP_DATA_DIR=/var/lib/sitrep SITREP_WEB_HOST=0.0.0.0
ENTRYPOINT ["sitrep"]
CMD ["--help"]
