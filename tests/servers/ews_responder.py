"""A hand-built Exchange Web Services responder: a small fake mailbox that answers exchangelib in SOAP.

No Exchange server can run here, so the Exchange tests talk to this instead:
it is served over HTTPS by the fake Entra ID (``fake_entra``), checks the
bearer token Entra issued and the impersonated mailbox, and answers the EWS
operations the bot uses (GetFolder, FindFolder, CreateFolder, FindItem,
GetItem, MoveItem, UpdateItem, CreateItem) with response XML shaped like
Exchange Online's (SOAP envelope, ServerVersionInfo header, ResponseMessages
with ResponseClass/ResponseCode, error codes such as ErrorItemNotFound).
It is what the transport is tested against; it is not Exchange, and it
implements only the parts of these operations the bot sends.
"""

from __future__ import annotations

import base64
import email
import itertools
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import getaddresses
from xml.sax.saxutils import escape

from lxml import etree

S = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
NS = {"s": S, "m": M, "t": T}

HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>'
    f'<s:Envelope xmlns:s="{S}"><s:Header>'
    '<h:ServerVersionInfo MajorVersion="15" MinorVersion="20" MajorBuildNumber="8293" MinorBuildNumber="21" '
    f'Version="V2018_01_08" xmlns:h="{T}" xmlns="{T}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></s:Header><s:Body>'
)
TAIL = "</s:Body></s:Envelope>"


@dataclass
class FakeFolder:
    id: str
    name: str
    parent: str | None
    distinguished: str = ""


@dataclass
class FakeItem:
    id: str
    folder: str
    mime: bytes
    received: datetime
    categories: list[str] = field(default_factory=list)
    is_read: bool = False
    change: int = 1

    @property
    def changekey(self) -> str:
        return f"CQAAAB{self.change:08d}"


class FakeMailbox:
    """One mailbox's folders and items, and the messages sent through it."""

    def __init__(self, address: str):
        self.address = address
        self._ids = itertools.count(1)
        self.folders: dict[str, FakeFolder] = {}
        self.items: dict[str, FakeItem] = {}
        self.sent: list[bytes] = []
        self.refuse: set[str] = set()  # recipients CreateItem refuses (ErrorInvalidRecipients)
        self.busy = 0  # answer the next N requests with ErrorServerBusy
        self.lock = threading.Lock()
        root = self.add_folder("Top of Information Store", None, "root")
        top = self.add_folder("Top of Information Store", root.id, "msgfolderroot")
        self.add_folder("Inbox", top.id, "inbox")
        self.add_folder("Sent Items", top.id, "sentitems")
        self.add_folder("Deleted Items", top.id, "deleteditems")

    def new_id(self, kind: str) -> str:
        raw = f"{kind}:{self.address}:{next(self._ids)}".encode()
        return base64.b64encode(b"AAMkAD" + raw).decode()

    def add_folder(self, name: str, parent: str | None, distinguished: str = "") -> FakeFolder:
        folder = FakeFolder(self.new_id("folder"), name, parent, distinguished)
        self.folders[folder.id] = folder
        return folder

    def folder(self, name_or_distinguished: str) -> FakeFolder:
        for f in self.folders.values():
            if name_or_distinguished in (f.distinguished, f.name):
                return f
        raise KeyError(name_or_distinguished)

    def deliver(self, mime: bytes, *, received: datetime | None = None, folder: str = "inbox",
                read: bool = False) -> FakeItem:
        item = FakeItem(self.new_id("item"), self.folder(folder).id, mime, received or datetime.now(timezone.utc),
                        is_read=read)
        self.items[item.id] = item
        return item

    def in_folder(self, name: str) -> list[FakeItem]:
        try:
            folder = self.folder(name).id
        except KeyError:
            return []
        return sorted((i for i in self.items.values() if i.folder == folder), key=lambda i: i.received)


class EWSResponder:
    """Routes /EWS/Exchange.asmx POSTs to the fake mailboxes; install with ``entra.extra_routes``."""

    def __init__(self, entra):
        self.entra = entra
        self.mailboxes: dict[str, FakeMailbox] = {}
        self.requests: list[str] = []  # operation names, in order

    def mailbox(self, address: str) -> FakeMailbox:
        return self.mailboxes.setdefault(address.lower(), FakeMailbox(address.lower()))

    def __call__(self, path: str, headers: dict, body: bytes) -> tuple[int, bytes, str]:
        user = self.entra.username_for(headers.get("Authorization", ""))
        if not user:
            return 401, b"", "text/plain"
        doc = etree.fromstring(body)
        operation = doc.find("s:Body", NS)[0]
        name = etree.QName(operation).localname
        self.requests.append(name)
        sid = doc.findtext("s:Header/t:ExchangeImpersonation/t:ConnectingSID/t:PrimarySmtpAddress", namespaces=NS)
        if sid and sid.lower() != user.lower():
            return 500, _fault("ErrorImpersonateUserDenied",
                               "The account does not have permission to impersonate the requested user."), "text/xml"
        box = self.mailbox(sid or user)
        with box.lock:
            if box.busy:
                box.busy -= 1
                return 200, _envelope(name, [_error(name, "ErrorServerBusy", "The server cannot service this "
                                                    "request right now. Try again later.")]), "text/xml"
            handler = getattr(self, f"_{name}", None)
            if handler is None:
                return 500, _fault("ErrorInvalidRequest", f"{name} is not implemented by the test responder"), \
                    "text/xml"
            return 200, _envelope(name, handler(box, operation)), "text/xml"

    # ---- folders ----------------------------------------------------------------------------------

    def _resolve(self, box: FakeMailbox, elem) -> FakeFolder | None:
        local = etree.QName(elem).localname
        key = elem.get("Id")
        if local == "DistinguishedFolderId":
            return next((f for f in box.folders.values() if f.distinguished == key), None)
        return box.folders.get(key)

    def _folder_xml(self, box: FakeMailbox, f: FakeFolder) -> str:
        items = [i for i in box.items.values() if i.folder == f.id]
        children = [c for c in box.folders.values() if c.parent == f.id]
        parent = f'<t:ParentFolderId Id="{f.parent}" ChangeKey="AQAAAA=="/>' if f.parent else ""
        distinguished = f"<t:DistinguishedFolderId>{f.distinguished}</t:DistinguishedFolderId>" \
            if f.distinguished else ""
        return (f'<t:Folder><t:FolderId Id="{f.id}" ChangeKey="AQAAAA=="/>{parent}'
                f"<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{escape(f.name)}</t:DisplayName>"
                f"<t:TotalCount>{len(items)}</t:TotalCount><t:ChildFolderCount>{len(children)}</t:ChildFolderCount>"
                f"{distinguished}<t:UnreadCount>{sum(1 for i in items if not i.is_read)}</t:UnreadCount></t:Folder>")

    def _GetFolder(self, box, op) -> list[str]:
        out = []
        for elem in op.find("m:FolderIds", NS):
            f = self._resolve(box, elem)
            if f is None:
                out.append(_error("GetFolder", "ErrorFolderNotFound",
                                  "The specified folder could not be found in the store."))
            else:
                out.append(_ok("GetFolder", f"<m:Folders>{self._folder_xml(box, f)}</m:Folders>"))
        return out

    def _FindFolder(self, box, op) -> list[str]:
        out = []
        for elem in op.find("m:ParentFolderIds", NS):
            parent = self._resolve(box, elem)
            if parent is None:
                out.append(_error("FindFolder", "ErrorFolderNotFound", "The specified folder could not be found."))
                continue
            children = [f for f in box.folders.values() if f.parent == parent.id]
            body = "".join(self._folder_xml(box, f) for f in children)
            out.append(_ok("FindFolder", f'<m:RootFolder TotalItemsInView="{len(children)}" '
                                         f'IncludesLastItemInRange="true"><t:Folders>{body}</t:Folders></m:RootFolder>'))
        return out

    def _CreateFolder(self, box, op) -> list[str]:
        parent = self._resolve(box, op.find("m:ParentFolderId", NS)[0])
        out = []
        for elem in op.find("m:Folders", NS):
            name = elem.findtext("t:DisplayName", namespaces=NS)
            if any(f.parent == parent.id and f.name.lower() == name.lower() for f in box.folders.values()):
                out.append(_error("CreateFolder", "ErrorFolderExists", "A folder with the specified name already "
                                                                      "exists."))
                continue
            f = box.add_folder(name, parent.id)
            out.append(_ok("CreateFolder", f'<m:Folders><t:Folder><t:FolderId Id="{f.id}" ChangeKey="AQAAAA=="/>'
                                           "</t:Folder></m:Folders>"))
        return out

    # ---- items ----------------------------------------------------------------------------------

    def _item_xml(self, item: FakeItem, *, mime: bool) -> str:
        categories = "".join(f"<t:String>{escape(c)}</t:String>" for c in item.categories)
        content = (f'<t:MimeContent CharacterSet="UTF-8">{base64.b64encode(item.mime).decode()}</t:MimeContent>'
                   if mime else "")
        return (f'<t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>{content}'
                f"<t:DateTimeReceived>{item.received.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ}</t:DateTimeReceived>"
                f"{f'<t:Categories>{categories}</t:Categories>' if categories else ''}"
                f"<t:IsRead>{'true' if item.is_read else 'false'}</t:IsRead></t:Message>")

    def _FindItem(self, box, op) -> list[str]:
        view = op.find("m:IndexedPageItemView", NS)
        offset = int(view.get("Offset", "0")) if view is not None else 0
        limit = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        out = []
        for elem in op.find("m:ParentFolderIds", NS):
            folder = self._resolve(box, elem)
            items = sorted((i for i in box.items.values() if i.folder == folder.id), key=lambda i: i.received)
            page = items[offset:offset + limit]
            last = "true" if offset + len(page) >= len(items) else "false"
            body = "".join(self._item_xml(i, mime=False) for i in page)
            out.append(_ok("FindItem", f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
                                       f'TotalItemsInView="{len(items)}" IncludesLastItemInRange="{last}">'
                                       f"<t:Items>{body}</t:Items></m:RootFolder>"))
        return out

    def _GetItem(self, box, op) -> list[str]:
        wants_mime = any(e.get("FieldURI") == "item:MimeContent" for e in op.iter(f"{{{T}}}FieldURI"))
        out = []
        for elem in op.find("m:ItemIds", NS):
            item = box.items.get(elem.get("Id"))
            if item is None:
                out.append(_error("GetItem", "ErrorItemNotFound", "The specified object was not found in the store."))
            else:
                out.append(_ok("GetItem", f"<m:Items>{self._item_xml(item, mime=wants_mime)}</m:Items>"))
        return out

    def _MoveItem(self, box, op) -> list[str]:
        target = self._resolve(box, op.find("m:ToFolderId", NS)[0])
        out = []
        for elem in op.find("m:ItemIds", NS):
            item = box.items.pop(elem.get("Id"), None)
            if item is None:
                out.append(_error("MoveItem", "ErrorItemNotFound", "The specified object was not found in the store."))
                continue
            item.id, item.folder = box.new_id("item"), target.id  # Exchange gives a moved item a new id
            box.items[item.id] = item
            out.append(_ok("MoveItem", f'<m:Items><t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>'
                                       "</t:Message></m:Items>"))
        return out

    def _UpdateItem(self, box, op) -> list[str]:
        out = []
        for change in op.find("m:ItemChanges", NS):
            item = box.items.get(change.find("t:ItemId", NS).get("Id"))
            if item is None:
                out.append(_error("UpdateItem", "ErrorItemNotFound", "The specified object was not found in the "
                                                                    "store."))
                continue
            for setter in change.iter(f"{{{T}}}SetItemField"):
                if setter.find("t:FieldURI", NS).get("FieldURI") == "item:Categories":
                    item.categories = [s.text for s in setter.iter(f"{{{T}}}String")]
            for deleter in change.iter(f"{{{T}}}DeleteItemField"):
                if deleter.find("t:FieldURI", NS).get("FieldURI") == "item:Categories":
                    item.categories = []
            item.change += 1
            out.append(_ok("UpdateItem", f'<m:Items><t:Message><t:ItemId Id="{item.id}" ChangeKey="{item.changekey}"/>'
                                         "</t:Message></m:Items><m:ConflictResults><t:Count>0</t:Count>"
                                         "</m:ConflictResults>"))
        return out

    def _CreateItem(self, box, op) -> list[str]:
        disposition = op.get("MessageDisposition", "SaveOnly")
        saved_in = op.find("m:SavedItemFolderId", NS)
        folder = self._resolve(box, saved_in[0]) if saved_in is not None else box.folder("inbox")
        out = []
        for elem in op.find("m:Items", NS):
            mime = base64.b64decode(elem.findtext("t:MimeContent", namespaces=NS) or "")
            if disposition == "SaveOnly":
                item = box.deliver(mime, folder=folder.distinguished or folder.name)
                out.append(_ok("CreateItem", f'<m:Items><t:Message><t:ItemId Id="{item.id}" '
                                             f'ChangeKey="{item.changekey}"/></t:Message></m:Items>'))
                continue
            parsed = email.message_from_bytes(mime)
            recipients = [a.lower() for _, a in getaddresses(parsed.get_all("To", []) + parsed.get_all("Cc", []))]
            refused = [r for r in recipients if r in box.refuse]
            if refused:
                out.append(_error("CreateItem", "ErrorInvalidRecipients",
                                  f"One or more recipients are invalid: {', '.join(refused)}"))
                continue
            box.sent.append(mime)
            if disposition == "SendAndSaveCopy":
                box.deliver(mime, folder="sentitems", read=True)
            out.append(_ok("CreateItem", "<m:Items/>"))
        return out


def _ok(name: str, inner: str) -> str:
    return (f'<m:{name}ResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
            f"{inner}</m:{name}ResponseMessage>")


def _error(name: str, code: str, text: str) -> str:
    return (f'<m:{name}ResponseMessage ResponseClass="Error"><m:MessageText>{escape(text)}</m:MessageText>'
            f"<m:ResponseCode>{code}</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
            f"</m:{name}ResponseMessage>")


def _envelope(name: str, messages: list[str]) -> bytes:
    return (f'{HEAD}<m:{name}Response xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>{"".join(messages)}'
            f"</m:ResponseMessages></m:{name}Response>{TAIL}").encode()


def _fault(code: str, text: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{S}"><s:Body><s:Fault>'
            f'<faultcode xmlns:a="{T}">a:{code}</faultcode><faultstring xml:lang="en-US">{escape(text)}</faultstring>'
            f'<detail><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{code}</e:ResponseCode>'
            f'<e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{escape(text)}</e:Message></detail>'
            f"</s:Fault></s:Body></s:Envelope>").encode()
