"""The article importer in the admin's two languages: the article form, its refusals, the
review of the proposals and the message after saving follow the browser's language; the
notes recorded with each proposal stay in English, as every note on a date does."""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from events.importing.reading import MAX_ARTICLE_BYTES

from .test_import_admin import IMPORT_URL, REVIEW_URL, article_data, review_data

RU = {"HTTP_ACCEPT_LANGUAGE": "ru,en;q=0.5"}


def test_the_article_form_is_in_russian_when_the_browser_asks_for_it(editor_client):
    page = editor_client.get(IMPORT_URL, **RU).text
    assert "<title>Импорт статьи" in page
    assert "Формат текста" in page
    assert "Обычный текст" in page  # a choice of the text format
    assert "Или загрузите файл" in page
    assert "Вставьте текст статьи или загрузите его ниже." in page
    assert "Дата публикации" in page
    assert "Text format" not in page
    english = editor_client.get(IMPORT_URL).text
    assert "<title>Import an article" in english
    assert "Text format" in english and "Plain text" in english
    assert "Формат текста" not in english


def test_a_russian_editor_is_refused_an_empty_article_or_a_binary_file_in_russian(
    editor_client,
):
    response = editor_client.post(IMPORT_URL, article_data(text=""), **RU)
    assert response.status_code == 400
    assert response.context["form"].non_field_errors() == [
        "Вставьте текст статьи или загрузите файл."
    ]
    upload = SimpleUploadedFile("article.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    response = editor_client.post(IMPORT_URL, {**article_data(text=""), "upload": upload}, **RU)
    assert response.status_code == 400
    [error] = response.context["form"].errors["upload"]
    assert error.startswith("Похоже, это двоичные данные (PDF, документ Word или изображение?)")
    assert "Похоже" in response.text


def test_sizes_in_a_refusal_are_written_as_the_language_writes_numbers(editor_client):
    def refusal(**headers):
        upload = SimpleUploadedFile("article.txt", b"x" * (MAX_ARTICLE_BYTES + 1))
        data = {**article_data(text=""), "upload": upload}
        return editor_client.post(IMPORT_URL, data, **headers).context["form"].errors["upload"]

    assert refusal(**RU) == [
        "Размер файла — 2\xa0000\xa0001 байт; принимается не более 2\xa0000\xa0000."
    ]
    assert refusal() == ["The file is 2,000,001 bytes; at most 2,000,000 are accepted."]


def test_a_proposed_publication_date_is_announced_in_russian(editor_client):
    response = editor_client.post(IMPORT_URL, article_data(published="", published_note=""), **RU)
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    # The note on how the date was found is stored with the source: in English.
    assert message.startswith("Дата публикации 9 июня 2011 г. предложена по тексту (Dateline")
    response = editor_client.post(
        IMPORT_URL, article_data(text="Ministers met on Tuesday in Oslo.", published=""), **RU
    )
    assert response.context["form"].errors["published"] == [
        "Ни в выходных данных, ни в строке с датой не найдена дата с годом: введите дату."
    ]


def test_the_review_is_in_russian_when_the_browser_asks_for_it(editor_client):
    response = editor_client.post(IMPORT_URL, article_data(), **RU)
    assert response.status_code == 200
    page = response.text
    assert "<title>Проверка предложений из статьи «Harbour talks end»" in page
    assert "опубликовано 9 июня 2011." in page
    for text in (
        "Создать черновик события",
        "Отклонить",
        "Статус по сообщению",
        "Уточнение даты",
        "Как распознана дата",
        "Создать новую запись (лицо): Marta Kowalczyk",
        "Не связывать",
    ):
        assert text in page, text
    assert "Create a draft event" not in page


def test_the_reviews_date_qualifiers_and_quoted_names_are_in_russian(editor_client):
    page = editor_client.post(IMPORT_URL, article_data(), **RU).text
    assert "Точно: в этот день или в этот промежуток" in page
    assert "Не позднее этой даты" in page
    assert "«Marta Kowalczyk»" in page  # a name's field, quoted as Russian quotes
    assert "Exact: on this date" not in page
    english = editor_client.post(IMPORT_URL, article_data()).text
    assert "Exact: on this date or over this range" in english
    assert "“Marta Kowalczyk”" in english

    english = editor_client.post(IMPORT_URL, article_data()).text
    assert "Review the proposals from “Harbour talks end”" in english
    assert "Create a new person: Marta Kowalczyk" in english
    assert "Create a draft event" in english


def test_a_russian_editors_review_records_the_date_notes_in_english(editor_client):
    response = editor_client.post(IMPORT_URL, article_data(), **RU)
    notes = [form["date_note"].value() for form, _context in response.context["reviews"]]
    assert "“on Tuesday” in an article published Thursday 9 June 2011" in notes[0]
    assert not any("июн" in note for note in notes)
    assert "Marta Kowalczyk" in response.text  # the rest of the page as before


def test_the_message_after_saving_counts_in_russian(editor_client):
    review = editor_client.post(IMPORT_URL, article_data(), **RU)
    response = editor_client.post(REVIEW_URL, review_data(review, bulk="accept-all"), **RU)
    assert response.status_code == 302
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert message.startswith("Статья «Harbour talks end» импортирована: создано 2 черновика")
    assert message.endswith(
        "0 фрагментов добавлено к существующим событиям, 0 — к черновикам, которые они "
        "повторяют, 3 новые записи, 0 предложений отклонено. Ничего не опубликовано."
    )


def test_the_message_after_saving_counts_in_english(editor_client):
    review = editor_client.post(IMPORT_URL, article_data(text=article_data()["text"][:-1]))
    response = editor_client.post(REVIEW_URL, review_data(review, bulk="reject-all"))
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert message == (
        "Imported “Harbour talks end”: 0 draft events created, 0 passages added to existing "
        "events, 0 to the drafts they repeat, 0 new records, 0 proposals rejected. Nothing "
        "was published."
    )


def test_why_nothing_was_proposed_is_said_in_the_editor_s_language(editor_client):
    story = "The old harbour was very quiet. Gulls circled over the old pier for hours."
    russian = editor_client.post(IMPORT_URL, article_data(text=story), **RU).text
    assert "Ничего не предложено: в тексте есть статья, но ни в одном из её 2 предложений" in (
        russian
    )
    english = editor_client.post(IMPORT_URL, article_data(text=story)).text
    assert "Nothing was proposed: the text has a story, but none of its 2 sentences" in english
